using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;

namespace AwesomeClip.Web.Accounts;

/// <summary>
/// Rate limit for the sign-in form: POSTs per client IP address and minute (<see cref="AccountOptions.SignInPostsPerMinute"/>);
/// showing the form is never limited. Behind a reverse proxy, configure forwarded headers so the address is the client's.
/// </summary>
public static class SignInRateLimit
{
    public const string Policy = "sign-in";

    public static IServiceCollection AddSignInRateLimit(this IServiceCollection services) => services.AddRateLimiter(o =>
    {
        o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
        Safety.RateLimitRejections.Answer(o, Policy, (context, ct) => WriteTooManyRequestsAsync(context.HttpContext, ct));
        o.AddPolicy(Policy, http =>
        {
            if (!HttpMethods.IsPost(http.Request.Method)) return RateLimitPartition.GetNoLimiter("show-form");
            var permits = http.RequestServices.GetRequiredService<IOptions<AccountOptions>>().Value.SignInPostsPerMinute;
            var ip = ClientKey.Of(http.Connection.RemoteIpAddress);
            return RateLimitPartition.GetFixedWindowLimiter(ip, _ => new FixedWindowRateLimiterOptions
            {
                PermitLimit = permits,
                Window = TimeSpan.FromMinutes(1),
                QueueLimit = 0,
            });
        });
    });

    private static async ValueTask WriteTooManyRequestsAsync(HttpContext http, CancellationToken ct)
    {
        http.Response.Headers.RetryAfter = "60";
        var L = http.RequestServices.GetRequiredService<IStringLocalizer<AccountStrings>>();
        var again = $"<p><a href=\"/Account/Login\">{System.Text.Encodings.Web.HtmlEncoder.Default.Encode(L["Try signing in again"])}</a></p>";
        await Safety.RefusalPage.WriteAsync(http, L["Too many attempts"], L["Too many sign-in attempts"], Safety.RefusalPage.Paragraph(L["Please wait a minute, then try again."]) + again, ct);
    }
}
