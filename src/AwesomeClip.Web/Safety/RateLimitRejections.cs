using Microsoft.AspNetCore.RateLimiting;

namespace AwesomeClip.Web.Safety;

/// <summary>
/// <see cref="RateLimiterOptions"/> has one <c>OnRejected</c>, and several features add a policy (sign-in, suggestions):
/// each answers the rejections of its own policy and passes the others on, whatever order they are registered in.
/// </summary>
public static class RateLimitRejections
{
    public static void Answer(RateLimiterOptions options, string policy, Func<OnRejectedContext, CancellationToken, ValueTask> answer)
    {
        ArgumentNullException.ThrowIfNull(options);
        var others = options.OnRejected;
        options.OnRejected = (context, ct) => PolicyOf(context.HttpContext) == policy
            ? answer(context, ct)
            : others?.Invoke(context, ct) ?? ValueTask.CompletedTask;
    }

    private static string? PolicyOf(HttpContext http) => http.GetEndpoint()?.Metadata.GetMetadata<EnableRateLimitingAttribute>()?.PolicyName;
}
