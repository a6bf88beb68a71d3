using System.Globalization;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Localization;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace AwesomeClip.Web.Localization;

/// <summary>The interface in English or Simplified Chinese (ADR-035): the reader's cookie, else Accept-Language, else English.</summary>
public static class AppLocalization
{
    public static IServiceCollection AddAppLocalization(this IServiceCollection services)
    {
        // Resources beside their feature: Accounts/AccountStrings.resx for AwesomeClip.Web.Accounts.AccountStrings.
        services.AddLocalization();
        services.TryAddSingleton<CoreMessageText>();
        services.Configure<RequestLocalizationOptions>(o =>
        {
            var cultures = AppCultures.Supported.Select(CultureInfo.GetCultureInfo).ToList();
            o.DefaultRequestCulture = new RequestCulture(AppCultures.English);
            o.SupportedCultures = cultures;
            o.SupportedUICultures = cultures;
            o.FallBackToParentCultures = false;
            o.FallBackToParentUICultures = false;
            o.RequestCultureProviders =
            [
                new CookieRequestCultureProvider { CookieName = AppCultures.CookieName },
                new AcceptLanguageCultureProvider(),
            ];
        });
        return services;
    }

    /// <summary>Problem bodies' titles in the request's language; their type, status and errors stay as they are.</summary>
    public static void LocalizeTitle(ProblemDetailsContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.ProblemDetails.Title is { } title)
            context.ProblemDetails.Title = ProblemTitles.Translate(context.HttpContext.RequestServices, title);
    }

    public static IApplicationBuilder UseAppLocalization(this IApplicationBuilder app) => app.UseRequestLocalization();

    /// <summary>The culture this request is rendered in.</summary>
    public static string CultureName(this HttpContext context) =>
        context.Features.Get<IRequestCultureFeature>()?.RequestCulture.UICulture.Name ?? CultureInfo.CurrentUICulture.Name;
}
