using System.Net;
using Microsoft.Extensions.Http.Resilience;
using Polly;
using Polly.Timeout;

namespace AwesomeClip.Core.LinkHealth;

/// <summary>
/// The retry and timeout pipeline of the checker's HttpClient (Microsoft.Extensions.Http.Resilience): a timeout over all
/// attempts, retries with exponential back-off and jitter for transient failures (5xx but 501/505, 408, 429, a reset, an
/// attempt's timeout), honouring <c>Retry-After</c> up to <see cref="LinkHealthOptions.MaxRetryAfter"/>, and a timeout
/// per attempt. A refused address or a host that does not resolve is not retried.
/// </summary>
public static class LinkCheckResilience
{
    public const string PipelineName = "link-health";

    public static void Configure(ResiliencePipelineBuilder<HttpResponseMessage> builder, LinkHealthOptions options, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(options);
        builder.AddTimeout(new HttpTimeoutStrategyOptions { Name = "total", Timeout = options.TotalRequestTimeout });
        if (options.MaxRetries > 0)
        {
            builder.AddRetry(new HttpRetryStrategyOptions
            {
                MaxRetryAttempts = options.MaxRetries,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                Delay = options.RetryDelay,
                ShouldRetryAfterHeader = false,
                ShouldHandle = args => ValueTask.FromResult(IsTransient(args.Outcome, options, time)),
                DelayGenerator = args => ValueTask.FromResult(args.Outcome.Result is { } r && RetryAfter(r, time) is { } wait ? wait : (TimeSpan?)null),
            });
        }
        builder.AddTimeout(new HttpTimeoutStrategyOptions { Name = "attempt", Timeout = options.RequestTimeout });
    }

    /// <summary>How long the response asks to wait before asking again (<c>Retry-After</c>, seconds or a date); null when it does not say.</summary>
    public static TimeSpan? RetryAfter(HttpResponseMessage response, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(response);
        ArgumentNullException.ThrowIfNull(time);
        var header = response.Headers.RetryAfter;
        if (header?.Delta is { } delta) return delta < TimeSpan.Zero ? TimeSpan.Zero : delta;
        if (header?.Date is { } date) return date > time.GetUtcNow() ? date - time.GetUtcNow() : TimeSpan.Zero;
        return null;
    }

    private static bool IsTransient(Outcome<HttpResponseMessage> outcome, LinkHealthOptions options, TimeProvider time)
    {
        if (outcome.Exception is { } e) return IsTransient(e);
        if (outcome.Result is not { } response) return false;
        var status = (int)response.StatusCode;
        if (status is not (408 or 429) && (status < 500 || status is 501 or 505)) return false;
        // A server that asks for more patience than we have is not asked again this time.
        return RetryAfter(response, time) is not { } wait || wait <= options.MaxRetryAfter;
    }

    private static bool IsTransient(Exception e) => e switch
    {
        TimeoutRejectedException => true,
        AddressRefusedException => false,
        HttpRequestException { InnerException: AddressRefusedException } => false,
        HttpRequestException { HttpRequestError: HttpRequestError.NameResolutionError } => false,
        HttpRequestException => true,
        IOException => true,
        _ => false,
    };

    internal static bool AsksTooLong(HttpResponseMessage response, LinkHealthOptions options, TimeProvider time) =>
        response.StatusCode is HttpStatusCode.TooManyRequests or HttpStatusCode.ServiceUnavailable
        && RetryAfter(response, time) is { } wait && wait > options.MaxRetryAfter;
}
