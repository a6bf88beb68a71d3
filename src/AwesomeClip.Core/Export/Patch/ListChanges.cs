using AwesomeClip.Core.Catalog;
using AwesomeClip.Core.Storage;
using Microsoft.EntityFrameworkCore;

namespace AwesomeClip.Core.Export.Patch;

/// <summary>
/// What the catalog changed since the last import, in a pull request's words: papers added, changed and removed, links
/// fixed, sections added, renamed and removed. Compared against the baselines the last import left, so an edit that
/// was reverted is no change.
/// </summary>
public sealed record ListChanges(
    IReadOnlyList<ChangedPaper> Added,
    IReadOnlyList<ChangedPaper> Changed,
    IReadOnlyList<ChangedPaper> Removed,
    IReadOnlyList<FixedLink> LinksFixed,
    IReadOnlyList<string> SectionsAdded,
    IReadOnlyList<RenamedSection> SectionsRenamed,
    IReadOnlyList<string> SectionsRemoved)
{
    public bool IsEmpty => Added.Count + Changed.Count + Removed.Count + LinksFixed.Count
        + SectionsAdded.Count + SectionsRenamed.Count + SectionsRemoved.Count == 0;

    public static async Task<ListChanges> LoadAsync(CatalogDbContext db, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        var categories = await db.Categories.IncludingTrash().AsNoTracking().ToListAsync(ct).ConfigureAwait(false);
        var papers = await db.Papers.IncludingTrash().AsNoTracking()
            .Include(p => p.Links).Include(p => p.Figures).Include(p => p.Baseline)
            .AsSplitQuery().ToListAsync(ct).ConfigureAwait(false);
        var byId = categories.ToDictionary(c => c.Id);
        string PathOf(int id) => CategoryPath(byId, id);

        var added = new List<ChangedPaper>();
        var changed = new List<ChangedPaper>();
        var removed = new List<ChangedPaper>();
        var fixes = new List<FixedLink>();
        foreach (var paper in papers.OrderBy(p => byId.TryGetValue(p.CategoryId, out var c) ? c.Order : int.MaxValue).ThenBy(p => p.Position))
        {
            var live = paper.DeletedAt is null && byId.TryGetValue(paper.CategoryId, out var category) && category.DeletedAt is null;
            var listed = paper.Baseline is { InList: true };
            if (live && !listed)
            {
                added.Add(new ChangedPaper(paper.Title, PathOf(paper.CategoryId), []));
            }
            else if (!live && listed)
            {
                removed.Add(new ChangedPaper(paper.Baseline!.Title, PathOf(paper.Baseline.CategoryId), []));
            }
            else if (live && listed)
            {
                var before = PaperValues.Of(paper.Baseline!);
                var now = PaperValues.Of(paper);
                var paperFixes = FixedLinks(paper.Title, before, now);
                fixes.AddRange(paperFixes);
                var fields = PaperValues.Fields.Where(f => !now.Same(before, f) && !(paperFixes.Count > 0 && OnlyFixed(f, before, now))).ToList();
                if (fields.Count > 0) changed.Add(new ChangedPaper(paper.Title, PathOf(paper.CategoryId), fields));
            }
        }

        var liveSections = categories.Where(c => c.DeletedAt is null).OrderBy(c => c.Order).ToList();
        return new ListChanges(
            added, changed, removed, fixes,
            [.. liveSections.Where(c => c.ImportedName is null).Select(c => PathOf(c.Id))],
            [.. liveSections.Where(c => c.ImportedName is { } old && old != c.Name).Select(c => new RenamedSection(c.ImportedName!, c.Name))],
            [.. categories.Where(c => c.DeletedAt is not null && c.ImportedName is not null).OrderBy(c => c.ImportedOrder).Select(c => c.ImportedName!)]);
    }

    /// <summary>A link whose URL changed under the same kind and label, and a title link that moved: the chore "fix a dead link".</summary>
    private static List<FixedLink> FixedLinks(string title, PaperValues before, PaperValues now)
    {
        var fixes = new List<FixedLink>();
        if (before.Url is { } oldUrl && now.Url is { } newUrl && oldUrl != newUrl) fixes.Add(new FixedLink(title, oldUrl, newUrl));
        if (before.Links.Count == now.Links.Count)
        {
            for (var i = 0; i < now.Links.Count; i++)
            {
                var (o, n) = (before.Links[i], now.Links[i]);
                if (o.Kind == n.Kind && o.Label == n.Label && o.Url != n.Url) fixes.Add(new FixedLink(title, o.Url, n.Url));
            }
        }
        return fixes;
    }

    /// <summary>True when the field's whole change is URLs already listed as fixed (so the paper is not "changed" for it too).</summary>
    private static bool OnlyFixed(PaperField field, PaperValues before, PaperValues now) => field switch
    {
        PaperField.Url => before.Url is not null && now.Url is not null,
        PaperField.Links => before.Links.Count == now.Links.Count
            && before.Links.Zip(now.Links).All(p => p.First.Kind == p.Second.Kind && p.First.Label == p.Second.Label),
        _ => false,
    };

    private static string CategoryPath(Dictionary<int, Category> byId, int id)
    {
        var names = new List<string>();
        var seen = new HashSet<int>();
        for (int? at = id; at is { } current && byId.TryGetValue(current, out var c) && seen.Add(current); at = c.ParentId) names.Add(c.Name);
        names.Reverse();
        return string.Join(" / ", names);
    }
}

public sealed record ChangedPaper(string Title, string Section, IReadOnlyList<PaperField> Fields);

public sealed record FixedLink(string Paper, string From, string To);

public sealed record RenamedSection(string From, string To);
