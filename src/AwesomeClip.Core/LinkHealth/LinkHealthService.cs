using AwesomeClip.Core.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace AwesomeClip.Core.LinkHealth;

/// <summary>
/// Checks the catalog's web addresses and reports their health. A run checks the URLs that were never checked or whose
/// result is older than <see cref="LinkHealthOptions.MaxAge"/> (every URL with <c>all</c>), at most
/// <see cref="LinkHealthOptions.MaxParallel"/> at a time and taking the hosts in turn, and records each result as it
/// comes (a run stopped halfway keeps what it found). Results of URLs no live paper uses any more are removed.
/// </summary>
public sealed class LinkHealthService(
    IDbContextFactory<CatalogDbContext> dbFactory,
    IHttpClientFactory clients,
    LinkResultStore store,
    LinkCheckGuard guard,
    IOptions<LinkHealthOptions> options,
    TimeProvider clock,
    ILogger<LinkHealthService> logger)
{
    public async Task<LinkCheckRun> CheckAsync(bool all = false, IProgress<LinkCheckProgress>? progress = null, CancellationToken ct = default)
    {
        var started = Now;
        var held = await guard.TryEnterAsync(ct).ConfigureAwait(false);
        if (held is null)
        {
            logger.LogInformation("A link check is already running; this one checks nothing");
            return new LinkCheckRun(started, Now, 0, 0, Busy: true);
        }
        await using (held.ConfigureAwait(false))
        {
            var (links, due) = await DueAsync(all, ct).ConfigureAwait(false);
            progress?.Report(new LinkCheckProgress(0, due.Count));
            var checker = new LinkChecker(clients.CreateClient(LinkChecker.ClientName), options, clock);
            var done = 0;
            var parallel = new ParallelOptions { MaxDegreeOfParallelism = options.Value.MaxParallel, CancellationToken = ct };
            await Parallel.ForEachAsync(TakingHostsInTurn(due), parallel, async (url, token) =>
            {
                var result = await checker.CheckAsync(url, token).ConfigureAwait(false);
                await store.SaveAsync(result, Now, token).ConfigureAwait(false);
                progress?.Report(new LinkCheckProgress(Interlocked.Increment(ref done), due.Count));
            }).ConfigureAwait(false);
            var run = new LinkCheckRun(started, Now, links, due.Count, Busy: false);
            logger.LogDebug("Checked {Checked} of {Links} links in {Seconds:0.0} s", run.Checked, run.Links, run.Took.TotalSeconds);
            return run;
        }
    }

    public async Task<LinkReport> ReportAsync(LinkReportQuery? query = null, CancellationToken ct = default)
    {
        query ??= new LinkReportQuery();
        var size = Math.Clamp(query.PageSize, 1, int.MaxValue);
        var page = Math.Max(1, query.Page);
        var db = await dbFactory.CreateDbContextAsync(ct).ConfigureAwait(false);
        await using (db.ConfigureAwait(false))
        {
            var urls = await CatalogUrls.ReadAsync(db, ct).ConfigureAwait(false);
            var statuses = (await db.LinkStatuses.AsNoTracking().ToListAsync(ct).ConfigureAwait(false)).ToDictionary(s => s.Key, StringComparer.Ordinal);
            var staleBefore = Now - options.Value.MaxAge;
            var all = urls
                .Select(u => (Url: u.Key, Uses: u.Value, Status: statuses.GetValueOrDefault(LinkKeys.Of(u.Key))))
                .Select(r => (r.Url, r.Uses, r.Status, State: r.Status?.State ?? LinkState.Unchecked))
                .ToList();
            var counts = LinkStates.ByUrgency.ToDictionary(s => s, s => all.Count(r => r.State == s));
            var chosen = all
                .Where(r => query.State is null || r.State == query.State)
                .OrderBy(r => Urgency(r.State)).ThenBy(r => r.Url, StringComparer.Ordinal)
                .ToList();
            var shown = chosen.Skip((int)Math.Min(int.MaxValue, (long)(page - 1) * size)).Take(size).ToList();
            var history = await HistoryAsync(db, shown.Where(r => r.Status is not null).Select(r => r.Status!.Id).ToList(), query.HistoryLength, ct).ConfigureAwait(false);
            var rows = shown.Select(r => new LinkReportRow(
                r.Status?.Id, r.Url, r.State, r.Status?.LastCheckedAt, r.State == LinkState.Unchecked || r.Status!.LastCheckedAt < staleBefore,
                r.Status?.LastOutcome, r.Status?.LastStatusCode, r.Status?.LastError, r.Status?.FinalUrl, r.Status?.RecentFailures ?? 0,
                r.Status is null ? [] : history.GetValueOrDefault(r.Status.Id, []), r.Uses)).ToList();
            return new LinkReport(counts, chosen.Count, page, size, rows);
        }
    }

    /// <summary>The catalog's URLs, and those this run checks; forgets the results of URLs no live paper uses.</summary>
    private async Task<(int Links, List<string> Due)> DueAsync(bool all, CancellationToken ct)
    {
        var db = await dbFactory.CreateDbContextAsync(ct).ConfigureAwait(false);
        await using (db.ConfigureAwait(false))
        {
            var urls = await CatalogUrls.ReadAsync(db, ct).ConfigureAwait(false);
            var keys = urls.Keys.Select(LinkKeys.Of).ToHashSet(StringComparer.Ordinal);
            var stored = await db.LinkStatuses.AsNoTracking().Select(s => new { s.Id, s.Key, s.LastCheckedAt, s.State }).ToListAsync(ct).ConfigureAwait(false);
            var gone = stored.Where(s => !keys.Contains(s.Key)).Select(s => s.Id).ToList();
            if (gone.Count > 0)
            {
                await db.LinkStatuses.Where(s => gone.Contains(s.Id)).ExecuteDeleteAsync(ct).ConfigureAwait(false);
                logger.LogInformation("Forgot the link health of {Count} URLs no paper uses any more", gone.Count);
            }
            var staleBefore = Now - options.Value.MaxAge;
            // A URL that could not be checked (a refused address) is asked again every time: the settings may allow it now.
            var fresh = stored.Where(s => s.LastCheckedAt >= staleBefore && s.State != LinkState.Unchecked).Select(s => s.Key).ToHashSet(StringComparer.Ordinal);
            var due = urls.Keys.Where(u => all || !fresh.Contains(LinkKeys.Of(u))).ToList();
            return (urls.Count, due);
        }
    }

    private static async Task<Dictionary<int, IReadOnlyList<LinkHistoryEntry>>> HistoryAsync(CatalogDbContext db, List<int> statusIds, int length, CancellationToken ct)
    {
        if (statusIds.Count == 0 || length <= 0) return [];
        var checks = await db.LinkChecks.AsNoTracking().Where(c => statusIds.Contains(c.LinkStatusId)).ToListAsync(ct).ConfigureAwait(false);
        return checks.GroupBy(c => c.LinkStatusId).ToDictionary(
            g => g.Key,
            g => (IReadOnlyList<LinkHistoryEntry>)[.. g.OrderByDescending(c => c.CheckedAt).ThenByDescending(c => c.Id).Take(length)
                .Select(c => new LinkHistoryEntry(c.CheckedAt, c.Outcome, c.StatusCode, c.Error, RedirectHop.Parse(c.Hops)))]);
    }

    /// <summary>The URLs ordered so that neighbours are on different hosts: the parallel checks wait less on one host's limit.</summary>
    private static IEnumerable<string> TakingHostsInTurn(IEnumerable<string> urls)
    {
        var queues = urls
            .GroupBy(u => Uri.TryCreate(u, UriKind.Absolute, out var uri) ? uri.IdnHost : "", StringComparer.OrdinalIgnoreCase)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new Queue<string>(g.OrderBy(u => u, StringComparer.Ordinal)))
            .ToList();
        while (queues.Count > 0)
        {
            foreach (var queue in queues) yield return queue.Dequeue();
            queues.RemoveAll(q => q.Count == 0);
        }
    }

    private static int Urgency(LinkState state)
    {
        for (var i = 0; i < LinkStates.ByUrgency.Count; i++)
            if (LinkStates.ByUrgency[i] == state) return i;
        return LinkStates.ByUrgency.Count;
    }

    private DateTime Now => clock.GetUtcNow().UtcDateTime;
}
