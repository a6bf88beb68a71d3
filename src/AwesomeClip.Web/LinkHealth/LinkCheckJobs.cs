using AwesomeClip.Core.LinkHealth;

namespace AwesomeClip.Web.LinkHealth;

/// <summary>Where this instance's link check is: running (how far), or how the last one ended.</summary>
public sealed record LinkCheckStatus(
    bool Running, string? StartedBy, DateTime? StartedAt, LinkCheckProgress Progress, LinkCheckRun? LastRun, string? LastFailure, DateTime? LastFinishedAt);

/// <summary>
/// Runs link checks in the background for the page's "Check now" and the schedule: one at a time in this instance
/// (<see cref="LinkHealthService"/> also keeps other instances out), never on a request's thread, stopped with the app.
/// A failure is logged and shown; it never takes the app down.
/// </summary>
public sealed class LinkCheckJobs(LinkHealthService links, IHostApplicationLifetime lifetime, TimeProvider clock, ILogger<LinkCheckJobs> logger)
{
    private readonly Lock gate = new();
    private LinkCheckStatus status = new(false, null, null, new LinkCheckProgress(0, 0), null, null, null);

    /// <summary>Raised when a run ends, however it ended (tests wait for it instead of sleeping).</summary>
    public event Action<LinkCheckStatus>? Finished;

    public LinkCheckStatus Status
    {
        get
        {
            lock (gate) return status;
        }
    }

    /// <summary>Starts a run and returns it; null when one is already running in this instance.</summary>
    public Task<LinkCheckRun?>? TryStart(bool all, string startedBy, CancellationToken ct = default)
    {
        lock (gate)
        {
            if (status.Running) return null;
            status = status with { Running = true, StartedBy = startedBy, StartedAt = clock.GetUtcNow().UtcDateTime, Progress = new LinkCheckProgress(0, 0) };
        }
        return Task.Run(() => RunAsync(all, startedBy, ct), CancellationToken.None);
    }

    private async Task<LinkCheckRun?> RunAsync(bool all, string startedBy, CancellationToken ct)
    {
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(ct, lifetime.ApplicationStopping);
        LinkCheckRun? run = null;
        string? failure = null;
        try
        {
            run = await links.CheckAsync(all, new Progress(this), stop.Token);
            if (run.Busy) logger.LogInformation("Link check by {StartedBy} skipped: another instance or command is checking links", startedBy);
            else logger.LogInformation("Link check by {StartedBy}: checked {Checked} of {Links} links in {Seconds:0.0} s", startedBy, run.Checked, run.Links, run.Took.TotalSeconds);
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested)
        {
            failure = "The check was stopped (the app is shutting down); the links it had checked are recorded.";
        }
        catch (Exception e)
        {
            logger.LogError(e, "The link check started by {StartedBy} failed", startedBy);
            failure = $"The check failed: {e.Message} The links it had checked are recorded; the log has the details.";
        }
        LinkCheckStatus ended;
        lock (gate)
        {
            ended = status = status with { Running = false, LastRun = run ?? status.LastRun, LastFailure = failure, LastFinishedAt = clock.GetUtcNow().UtcDateTime };
        }
        Finished?.Invoke(ended);
        return run;
    }

    private sealed class Progress(LinkCheckJobs jobs) : IProgress<LinkCheckProgress>
    {
        public void Report(LinkCheckProgress value)
        {
            lock (jobs.gate)
            {
                if (value.Done >= jobs.status.Progress.Done) jobs.status = jobs.status with { Progress = value };
            }
        }
    }
}
