using Microsoft.AspNetCore.Localization;
using Microsoft.Net.Http.Headers;

namespace AwesomeClip.Web.Localization;

/// <summary>
/// The first language of <c>Accept-Language</c> (by quality, then order) that <see cref="AppCultures.Match"/> knows.
/// The framework's provider would not take zh-Hans, zh-SG or zh-TW for zh-CN (zh-Hans's parent is zh, not zh-CN).
/// </summary>
public sealed class AcceptLanguageCultureProvider : RequestCultureProvider
{
    /// <summary>More languages than a browser sends; a longer header is read this far only.</summary>
    private const int MaxLanguages = 10;

    public override Task<ProviderCultureResult?> DetermineProviderCultureResult(HttpContext httpContext)
    {
        ArgumentNullException.ThrowIfNull(httpContext);
        if (!StringWithQualityHeaderValue.TryParseList(httpContext.Request.Headers.AcceptLanguage, out var languages))
            return NullProviderCultureResult;
        var culture = languages.Take(MaxLanguages)
            .Select((l, order) => (l, order))
            .Where(x => (x.l.Quality ?? 1) > 0)
            .OrderByDescending(x => x.l.Quality ?? 1).ThenBy(x => x.order)
            .Select(x => AppCultures.Match(x.l.Value.Value))
            .FirstOrDefault(c => c is not null);
        return culture is null ? NullProviderCultureResult : Task.FromResult<ProviderCultureResult?>(new ProviderCultureResult(culture));
    }
}
