namespace AwesomeClip.Web.Safety;

/// <summary>Security headers on every response: pages, API, static files, figures, errors.</summary>
public static class SecurityHeaders
{
    /// <summary>
    /// Scripts only from this site (blazor.web.js; no inline script, no eval). Inline styles stay allowed for
    /// <c>style="--share: …"</c> attributes and Blazor's reconnect UI. The circuit connects to this site only.
    /// </summary>
    public const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self'; " +
        "connect-src 'self'; object-src 'none'; base-uri 'self'; frame-ancestors 'none'; form-action 'self'";

    /// <summary>
    /// The API reference page (Development, or <c>Api:ReferencePage</c>) starts Scalar with an inline module script; it
    /// is the one page allowed one. It shows no catalog text and takes no input but the API's own answers.
    /// </summary>
    public const string ReferencePagePolicy =
        "default-src 'self'; script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; " +
        "connect-src 'self'; object-src 'none'; base-uri 'self'; frame-ancestors 'none'; form-action 'self'";

    public const string PermissionsPolicy =
        "accelerometer=(), camera=(), geolocation=(), gyroscope=(), magnetometer=(), microphone=(), payment=(), usb=()";

    public static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app) => app.Use((context, next) =>
    {
        // OnStarting: also applies to responses written by later middleware (errors, status pages, rate limiting).
        context.Response.OnStarting(static state =>
        {
            var response = (HttpResponse)state;
            var headers = response.Headers;
            headers.ContentSecurityPolicy = response.HttpContext.Request.Path.StartsWithSegments(Api.ApiDocument.ReferencePath, StringComparison.OrdinalIgnoreCase)
                ? ReferencePagePolicy
                : ContentSecurityPolicy;
            headers.XContentTypeOptions = "nosniff";
            headers.XFrameOptions = "DENY";
            headers["Referrer-Policy"] = "strict-origin-when-cross-origin";
            headers["Permissions-Policy"] = PermissionsPolicy;
            headers["Cross-Origin-Opener-Policy"] = "same-origin";
            return Task.CompletedTask;
        }, context.Response);
        return next(context);
    });
}
