using AwesomeClip.Core.Admin;
using AwesomeClip.Core.Catalog;
using AwesomeClip.Core.Messages;
using AwesomeClip.Core.Storage;
using Microsoft.EntityFrameworkCore;

namespace AwesomeClip.Core.LinkHealth;

/// <summary>What replacing a URL in one paper came to.</summary>
public sealed record ReplaceOutcome(int PaperId, bool Replaced, CoreMessage Text)
{
    public string Message => Text.ToString();
}

/// <summary>
/// Puts the URL a permanent redirect ends at in the place of the old one, in every paper that asked for it, through
/// <see cref="PaperEditor"/>: a revision per paper (History shows it and can revert it), and the editor's own version
/// check, so a paper changed since the page was read is left alone with a message to reload.
/// </summary>
public sealed class LinkReplacer(IDbContextFactory<CatalogDbContext> dbFactory, PaperEditor editor)
{
    /// <param name="statusId">The stored result whose redirect to apply (<see cref="LinkReportRow.StatusId"/>).</param>
    /// <param name="paperVersions">Paper id → the version the maintainer saw (<see cref="LinkUsage.PaperVersion"/>).</param>
    public async Task<IReadOnlyList<ReplaceOutcome>> ReplaceAsync(
        int statusId, IReadOnlyDictionary<int, int> paperVersions, string actor, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(paperVersions);
        LinkStatus? status;
        var db = await dbFactory.CreateDbContextAsync(ct).ConfigureAwait(false);
        await using (db.ConfigureAwait(false))
            status = await db.LinkStatuses.AsNoTracking().SingleOrDefaultAsync(s => s.Id == statusId, ct).ConfigureAwait(false);
        if (status is null)
            return [new ReplaceOutcome(0, false, LinkHealthMessages.ResultGone)];
        if (status.State != LinkState.PermanentRedirect || status.FinalUrl is null)
            return [new ReplaceOutcome(0, false, LinkHealthMessages.NoLongerRedirect.With(status.Url, status.State.ToText()))];
        if (LinkUrl.Problem(status.FinalUrl) is { } problem)
            return [new ReplaceOutcome(0, false, LinkHealthMessages.TargetRefused.With(status.Url, status.FinalUrl, problem))];
        if (paperVersions.Count == 0)
            return [new ReplaceOutcome(0, false, LinkHealthMessages.NoPaperNamed)];

        var outcomes = new List<ReplaceOutcome>();
        foreach (var (paperId, version) in paperVersions.OrderBy(p => p.Key))
            outcomes.Add(await ReplaceInAsync(paperId, version, status.Url, status.FinalUrl, actor, ct).ConfigureAwait(false));
        return outcomes;
    }

    private async Task<ReplaceOutcome> ReplaceInAsync(int paperId, int seenVersion, string oldUrl, string newUrl, string actor, CancellationToken ct)
    {
        var paper = await editor.LoadAsync(paperId, ct).ConfigureAwait(false);
        if (paper is null) return new ReplaceOutcome(paperId, false, LinkHealthMessages.PaperGone.With(paperId));
        if (paper.InTrash) return new ReplaceOutcome(paperId, false, LinkHealthMessages.PaperInTrash.With(paper.Title, paperId));
        var form = paper.Form;
        var replaced = 0;
        if (Same(form.Url, oldUrl))
        {
            form.Url = newUrl;
            replaced++;
        }
        foreach (var link in form.Links.Where(l => Same(l.Url, oldUrl)))
        {
            link.Url = newUrl;
            replaced++;
        }
        if (replaced == 0)
            return new ReplaceOutcome(paperId, false, LinkHealthMessages.NoLongerLinks.With(paper.Title, paperId, oldUrl));
        // The editor's own check: a paper saved since the maintainer saw it is a conflict, and nothing is written.
        form.Version = seenVersion;
        var result = await editor.UpdateAsync(paperId, form, actor, $"{oldUrl} replaced by {newUrl}, where its permanent redirect leads (link health)", ct).ConfigureAwait(false);
        return result switch
        {
            PaperSaved { Changed: true } => new ReplaceOutcome(paperId, true, LinkHealthMessages.Replaced.With(paper.Title, paperId, oldUrl, newUrl)),
            PaperSaved => new ReplaceOutcome(paperId, false, LinkHealthMessages.AlreadyLinks.With(paper.Title, paperId, newUrl)),
            EditConflict conflict => new ReplaceOutcome(paperId, false,
                conflict.LastActor is null ? LinkHealthMessages.ChangedMeanwhile.With(paper.Title, paperId) : LinkHealthMessages.ChangedMeanwhileBy.With(paper.Title, paperId, conflict.LastActor)),
            PaperInvalid invalid => new ReplaceOutcome(paperId, false,
                LinkHealthMessages.Invalid.With(paper.Title, paperId, new MessageList(invalid.Errors.Select(e => e.Text)))),
            PaperMissing missing => new ReplaceOutcome(paperId, false, missing.Text),
            _ => new ReplaceOutcome(paperId, false, LinkHealthMessages.NothingReplaced.With(paper.Title, paperId)),
        };
    }

    private static bool Same(string? url, string oldUrl) => url is not null && string.Equals(url.Trim(), oldUrl, StringComparison.Ordinal);
}
