using AwesomeClip.Web.Hosting;
using AwesomeClip.Core.LinkHealth;
using AwesomeClip.Web.Startup;
using Microsoft.Extensions.Options;

namespace AwesomeClip.Web.LinkHealth;

/// <summary>
/// Checks the stale links every <see cref="LinkHealthScheduleOptions.Interval"/> when
/// <see cref="LinkHealthScheduleOptions.Enabled"/>, first once the app has started, and logs what it found. With
/// several instances on PostgreSQL each runs its schedule; the advisory lock lets one check at a time, and a result
/// recorded by one instance is fresh for the others.
/// </summary>
public sealed class LinkHealthSchedule(
    IOptions<LinkHealthScheduleOptions> options,
    LinkCheckJobs jobs,
    LinkHealthService links,
    StartupGate gate,
    TimeProvider time,
    ILogger<LinkHealthSchedule> logger) : BackgroundService
{
    public const string Actor = "schedule";

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.Enabled) return;
        try
        {
            await gate.Ready.WaitAsync(stoppingToken);
        }
        catch (Exception) when (!stoppingToken.IsCancellationRequested)
        {
            return; // start-up failed; the app is stopping
        }
        logger.LogInformation("Checking stale links every {Interval}", options.Value.Interval);
        using var timer = new PeriodicTimer(options.Value.Interval, time);
        do
        {
            await RunOnceAsync(stoppingToken);
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    /// <summary>One scheduled check: nothing when one runs already; every failure logged, none thrown.</summary>
    public async Task RunOnceAsync(CancellationToken ct)
    {
        try
        {
            if (jobs.TryStart(all: false, Actor, ct) is not { } running)
            {
                logger.LogInformation("Scheduled link check skipped: a check started by {StartedBy} is still running", jobs.Status.StartedBy);
                return;
            }
            // The jobs log the run itself (or why it did not run); this says what the catalog's links come to now.
            if (await running is not { Busy: false } run) return;
            var report = await links.ReportAsync(new LinkReportQuery(PageSize: 1, HistoryLength: 0), ct);
            logger.LogInformation("Scheduled link check: {Summary}", LinkHealthText.Summary(run, report));
        }
        catch (Exception e) when (!ct.IsCancellationRequested)
        {
            logger.LogWarning(e, "The scheduled link check failed; trying again in {Interval}", options.Value.Interval);
        }
    }
}
