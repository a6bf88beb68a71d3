using AwesomeClip.Core.Storage;
using Microsoft.EntityFrameworkCore;

namespace AwesomeClip.Core.LinkHealth;

/// <summary>
/// Records one check of a URL: a <see cref="LinkCheck"/> in its history (the oldest beyond
/// <see cref="LinkStateRule.KeptChecks"/> go), and the <see cref="LinkStatus"/> the history now gives. One write at a
/// time: results arrive from parallel checks, and SQLite takes one writer anyway.
/// </summary>
public sealed class LinkResultStore(IDbContextFactory<CatalogDbContext> dbFactory)
{
    public const int MaxErrorLength = 1000;

    private readonly SemaphoreSlim writes = new(1, 1);

    public async Task<LinkStatus> SaveAsync(UrlCheckResult result, DateTime checkedAt, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(result);
        await writes.WaitAsync(ct).ConfigureAwait(false);
        try
        {
            try
            {
                return await TrySaveAsync(result, checkedAt, ct).ConfigureAwait(false);
            }
            catch (DbUpdateException)
            {
                // Another process (the command line next to the web app) added this URL's row first: add to that one.
                return await TrySaveAsync(result, checkedAt, ct).ConfigureAwait(false);
            }
        }
        finally
        {
            writes.Release();
        }
    }

    private async Task<LinkStatus> TrySaveAsync(UrlCheckResult result, DateTime checkedAt, CancellationToken ct)
    {
        var db = await dbFactory.CreateDbContextAsync(ct).ConfigureAwait(false);
        await using (db.ConfigureAwait(false))
        {
            var key = LinkKeys.Of(result.Url);
            var status = await db.LinkStatuses.SingleOrDefaultAsync(s => s.Key == key, ct).ConfigureAwait(false);
            List<LinkCheck> earlier = status is null ? [] : await db.LinkChecks
                .Where(c => c.LinkStatusId == status.Id)
                .OrderByDescending(c => c.CheckedAt).ThenByDescending(c => c.Id)
                .Take(LinkStateRule.KeptChecks)
                .ToListAsync(ct).ConfigureAwait(false);
            if (status is null)
            {
                status = new LinkStatus { Key = key, Url = result.Url.Trim() };
                db.LinkStatuses.Add(status);
            }
            var check = new LinkCheck
            {
                CheckedAt = checkedAt,
                Outcome = result.Outcome,
                StatusCode = result.StatusCode,
                Error = Shorten(result.Error),
                Hops = RedirectHop.Serialize(result.Hops),
            };
            status.Checks.Add(check);
            List<LinkCheck> history = [check, .. earlier];
            status.State = LinkStateRule.Of(history);
            status.RecentFailures = LinkStateRule.FailuresInWindow(history);
            status.LastCheckedAt = checkedAt;
            status.LastOutcome = result.Outcome;
            status.LastStatusCode = result.StatusCode;
            status.LastError = check.Error;
            status.FinalUrl = result.FinalUrl is { } final ? Shorten(final, 2000) : null;
            db.LinkChecks.RemoveRange(earlier.Skip(LinkStateRule.KeptChecks - 1));
            await db.SaveChangesAsync(ct).ConfigureAwait(false);
            return status;
        }
    }

    private static string? Shorten(string? text, int max = MaxErrorLength) =>
        text is null || text.Length <= max ? text : text[..(max - 1)] + "…";
}
