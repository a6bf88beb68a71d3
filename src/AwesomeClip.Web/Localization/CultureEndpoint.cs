using AwesomeClip.Web.Safety;
using Microsoft.AspNetCore.Localization;

namespace AwesomeClip.Web.Localization;

/// <summary>
/// <c>GET /culture?c=zh-CN&amp;returnUrl=/papers</c>: remembers the reader's language for a year and goes back to the
/// page (a local path only: never to another site). A preference cookie, not a change of anything on the server, so a
/// plain link works without script.
/// </summary>
public static class CultureEndpoint
{
    public const string Path = "/culture";

    public static readonly TimeSpan CookieLifetime = TimeSpan.FromDays(365);

    public static string Url(string culture, string returnUrl) =>
        $"{Path}?c={Uri.EscapeDataString(culture)}&returnUrl={Uri.EscapeDataString(returnUrl)}";

    public static IEndpointRouteBuilder MapCultureSwitch(this IEndpointRouteBuilder app)
    {
        app.MapGet(Path, (HttpContext http, string? c, string? returnUrl) =>
        {
            http.Response.Headers.CacheControl = "no-store";
            if (AppCultures.Supported.FirstOrDefault(s => s.Equals(c, StringComparison.OrdinalIgnoreCase)) is not { } culture)
                return Results.Problem(statusCode: StatusCodes.Status400BadRequest, title: "Unknown language.");
            http.Response.Cookies.Append(AppCultures.CookieName, CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(culture)), new CookieOptions
            {
                MaxAge = CookieLifetime,
                SameSite = SameSiteMode.Lax,
                Secure = http.Request.IsHttps,
                IsEssential = true,
                Path = "/",
            });
            return Results.LocalRedirect(LocalUrl.OrHome(returnUrl));
        }).AllowAnonymous().ExcludeFromDescription();
        return app;
    }
}
