using System.Globalization;
using System.Threading.RateLimiting;
using AwesomeClip.Web.Accounts;
using AwesomeClip.Web.Safety;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;

namespace AwesomeClip.Web.Suggestions;

/// <summary>
/// Rate limit of the "Suggest a paper" form: POSTs (checks and sends) per client and <see cref="SuggestionOptions.Window"/>,
/// counted in memory (nothing about the client is stored, ADR-025); showing the form is never limited. The client is
/// its address as <see cref="ClientKey"/> sees it, after the forwarded headers of configured proxies only (ADR-016).
/// </summary>
public static class SuggestionRateLimit
{
    public const string Policy = "suggest";

    public static IServiceCollection AddSuggestionRateLimit(this IServiceCollection services) => services.AddRateLimiter(o =>
    {
        o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
        RateLimitRejections.Answer(o, Policy, WriteTooManyRequestsAsync);
        o.AddPolicy(Policy, http =>
        {
            if (!HttpMethods.IsPost(http.Request.Method)) return RateLimitPartition.GetNoLimiter("show-form");
            var limits = http.RequestServices.GetRequiredService<IOptions<SuggestionOptions>>().Value;
            return RateLimitPartition.GetFixedWindowLimiter(ClientKey.Of(http.Connection.RemoteIpAddress), _ => new FixedWindowRateLimiterOptions
            {
                PermitLimit = limits.PostsPerWindow,
                Window = limits.Window,
                QueueLimit = 0,
            });
        });
    });

    private static async ValueTask WriteTooManyRequestsAsync(OnRejectedContext context, CancellationToken ct)
    {
        var wait = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter) ? retryAfter : TimeSpan.FromMinutes(1);
        var seconds = Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds));
        var minutes = Math.Max(1, (int)Math.Ceiling(wait.TotalMinutes));
        var http = context.HttpContext;
        http.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        http.Response.Headers.CacheControl = "no-store";
        var L = http.RequestServices.GetRequiredService<IStringLocalizer<SuggestionStrings>>();
        var advice = minutes == 1
            ? L["Nothing was sent this time. Please wait a minute, then go back to the form — your browser keeps what you typed — and send it again."]
            : L["Nothing was sent this time. Please wait {0} minutes, then go back to the form — your browser keeps what you typed — and send it again.", minutes];
        await Safety.RefusalPage.WriteAsync(http, L["Too many suggestions"], L["Too many suggestions from your address"], Safety.RefusalPage.Paragraph(advice, alert: true), ct);
    }
}
