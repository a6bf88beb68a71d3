using AwesomeClip.Core.Search;
using AwesomeClip.Web.ChangeLog;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;

namespace AwesomeClip.Web.Health;

/// <summary>Ready when the search index is open and the change log follower has read the log recently.</summary>
internal sealed class SearchHealthCheck(SearchIndex index, ChangeLogFollower follower, IOptions<ChangeLogOptions> options, TimeProvider clock) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var data = new Dictionary<string, object> { ["indexOpen"] = index.IsReady, ["changeLogPosition"] = follower.Position, ["listening"] = follower.IsListening };
        if (follower.LastReadAt is { } read) data["lagMs"] = (long)(clock.GetUtcNow() - read).TotalMilliseconds;
        if (follower.LastError is { } error) data["lastError"] = error;

        var result = !index.IsReady ? HealthCheckResult.Unhealthy("The search index is not open yet.", data: data)
            : follower.LastReadAt is not { } last ? HealthCheckResult.Unhealthy("The change log has not been read yet.", data: data)
            : clock.GetUtcNow() - last > options.Value.MaxLag
                ? HealthCheckResult.Unhealthy($"The change log was last read {(clock.GetUtcNow() - last).TotalSeconds:0} s ago (more than {options.Value.MaxLag.TotalSeconds:0} s).", data: data)
                : HealthCheckResult.Healthy("The search index is open and current.", data);
        return Task.FromResult(result);
    }
}
