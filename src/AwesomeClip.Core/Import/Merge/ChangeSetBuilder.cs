using AwesomeClip.Core.Catalog;
using AwesomeClip.Core.Import.Parsing;

namespace AwesomeClip.Core.Import.Merge;

/// <summary>How one section of the list lands in the catalog.</summary>
internal sealed record SectionPlan(ParsedCategory Section, Category? Existing, bool Restore, string FinalName);

/// <summary>A place in the final category order: an existing category or the one a section creates.</summary>
internal sealed record CategorySlot(Category? Existing, int? SectionIndex);

/// <summary>The change set together with what applying it needs.</summary>
internal sealed record SyncPlan(
    CatalogState State,
    IReadOnlyList<MatchRow> Rows,
    IReadOnlyDictionary<int, MatchCandidate> Matches,
    IReadOnlyList<SectionPlan> Sections,
    IReadOnlyList<Category> DroppedCategories,
    IReadOnlyList<CategorySlot> CategoryOrder,
    ChangeSet Changes);

/// <summary>
/// Computes what importing a parsed list does to a catalog, without touching it: a three-way comparison of each paper's
/// baseline (the last import), its current values (mine) and the new row (theirs).
/// </summary>
internal static class ChangeSetBuilder
{
    public static SyncPlan Build(CatalogState state, ParsedList list)
    {
        var rows = list.Categories
            .SelectMany(c => c.Papers.Select((p, i) => (Section: c, Paper: p, Position: i)))
            .Select((x, index) => new MatchRow(index, x.Paper, x.Section, x.Position))
            .ToList();
        var categoryById = state.Categories.ToDictionary(c => c.Id);
        string NameOf(int? id) => id is { } i && categoryById.TryGetValue(i, out var c) ? c.Name : $"#{id}";

        var candidates = new List<MatchCandidate>();
        foreach (var paper in state.Papers)
        {
            if (CatalogState.BaselineOf(paper) is not { } b) continue;
            candidates.Add(new MatchCandidate(paper, b.Values, NameOf(b.Values.CategoryId), b.Position, b.InList));
        }
        var matches = PaperMatcher.Match(candidates, rows);
        MatchPapersCreatedInTheApp(state, rows, matches, NameOf);

        var sections = CategoryMatcher.Match(state, list, rows, matches);
        var sectionOf = list.Categories.Select((c, i) => (c, i)).ToDictionary(x => x.c, x => x.i);

        var paperChanges = new List<PaperChange>();
        var unchanged = 0;
        foreach (var row in rows)
        {
            var plan = sections[sectionOf[row.Section]];
            var theirs = row.Row.Values(plan.Existing?.Id);
            string Name(PaperValues v) => ReferenceEquals(v, theirs) ? plan.FinalName : NameOf(v.CategoryId);

            if (!matches.TryGetValue(row.Index, out var match))
            {
                var fields = PaperValues.Fields
                    .Select(f => new FieldChange(f, null, theirs.Text(f, Name)))
                    .Where(c => c.New is not null && c.New != "[]")
                    .ToList();
                paperChanges.Add(new PaperChange(PaperChangeKind.Added, null, row.Row.Title, plan.FinalName, row.Row.Year, fields, [], []) { RowIndex = row.Index });
                continue;
            }

            var paper = match.Paper;
            if (paper.DeletedAt is not null && match.InList)
            {
                unchanged++; // a maintainer deleted it while the list still had it: it stays in the trash
                continue;
            }
            var mine = PaperValues.Of(paper);
            var baseline = CatalogState.BaselineOf(paper)?.Values;
            var (changes, conflicts, kept) = Merge(baseline, mine, theirs, Name);
            var restored = paper.DeletedAt is not null;
            if (!restored && changes.Count == 0 && conflicts.Count == 0)
            {
                unchanged++;
                continue;
            }
            var kind = restored ? PaperChangeKind.Restored : PaperChangeKind.Changed;
            paperChanges.Add(new PaperChange(kind, paper.Id, row.Row.Title, plan.FinalName, row.Row.Year, changes, conflicts, kept) { RowIndex = row.Index });
        }

        var matched = matches.Values.Select(m => m.Paper).ToHashSet();
        foreach (var candidate in candidates.Where(c => c.InList && !matched.Contains(c.Paper) && c.Paper.DeletedAt is null))
        {
            var mine = PaperValues.Of(candidate.Paper);
            var edited = PaperValues.Fields.Where(f => !mine.Same(candidate.Values, f)).ToList();
            var kind = edited.Count == 0 ? PaperChangeKind.Removed : PaperChangeKind.Flagged;
            paperChanges.Add(new PaperChange(kind, candidate.Paper.Id, candidate.Paper.Title, NameOf(candidate.Paper.CategoryId), candidate.Paper.Year, [], [], edited));
        }

        var (categoryChanges, dropped) = CategoryChanges(state, sections, paperChanges);
        var (order, reordered) = CategoryOrder(state, sections, categoryChanges);
        var finalNames = order
            .Where(s => s.Existing is null || !categoryChanges.Any(c => c.CategoryId == s.Existing.Id && c.Kind == CategoryChangeKind.Removed))
            .Select(s => s.SectionIndex is { } i ? sections[i].FinalName : s.Existing!.Name)
            .ToList();
        var changeSet = new ChangeSet(categoryChanges, finalNames, reordered, paperChanges, unchanged);
        return new SyncPlan(state, rows, matches, sections, dropped, order, changeSet);
    }

    /// <summary>Three-way merge of each field; a field changed on both sides, differently, is a conflict.</summary>
    internal static (List<FieldChange> Changes, List<FieldConflict> Conflicts, List<PaperField> Kept) Merge(
        PaperValues? baseline, PaperValues mine, PaperValues theirs, Func<PaperValues, string> categoryName)
    {
        var changes = new List<FieldChange>();
        var conflicts = new List<FieldConflict>();
        var kept = new List<PaperField>();
        foreach (var field in PaperValues.Fields)
        {
            if (theirs.Same(mine, field)) continue;
            if (baseline is not null && baseline.Same(theirs, field))
                kept.Add(field);
            else if (baseline is not null && baseline.Same(mine, field))
                changes.Add(new FieldChange(field, mine.Text(field, categoryName), theirs.Text(field, categoryName)));
            else
                conflicts.Add(new FieldConflict(field, baseline?.Text(field, categoryName), mine.Text(field, categoryName), theirs.Text(field, categoryName)));
        }
        return (changes, conflicts, kept);
    }

    /// <summary>
    /// A paper a maintainer created that later shows up in the list (typically after the export went upstream) is the
    /// same paper, not a new one, when its title is the same.
    /// </summary>
    private static void MatchPapersCreatedInTheApp(CatalogState state, List<MatchRow> rows, Dictionary<int, MatchCandidate> matches, Func<int?, string> nameOf)
    {
        var free = state.Papers.Where(p => p.DeletedAt is null && CatalogState.BaselineOf(p) is null).ToList();
        foreach (var row in rows.Where(r => !matches.ContainsKey(r.Index)))
        {
            var key = TextSimilarity.Key(row.Row.Title);
            var paper = free.FirstOrDefault(p => TextSimilarity.Key(p.Title) == key);
            if (paper is null) continue;
            free.Remove(paper);
            matches[row.Index] = new MatchCandidate(paper, PaperValues.Of(paper), nameOf(paper.CategoryId), paper.Position, InList: false);
        }
    }

    private static (List<CategoryChange> Changes, List<Category> Dropped) CategoryChanges(CatalogState state, IReadOnlyList<SectionPlan> sections, List<PaperChange> papers)
    {
        var changes = new List<CategoryChange>();
        foreach (var plan in sections)
        {
            var name = plan.Section.Name;
            if (plan.Existing is not { } c)
            {
                changes.Add(new CategoryChange(CategoryChangeKind.Added, null, name));
                continue;
            }
            var baseline = c.ImportedName ?? c.Name;
            var listParent = plan.Section.Parent is { } p ? sections[p].Existing : null;
            var parentName = plan.Section.Parent is { } pp ? sections[pp].FinalName : null;
            var listParentId = listParent?.Id;
            if ((plan.Section.Parent is null || listParent is not null) && c.ParentId != listParentId && c.ParentId == c.ImportedParentId)
                changes.Add(new CategoryChange(CategoryChangeKind.Moved, c.Id, plan.FinalName, Note: parentName is null ? ChangeSetMessages.ToTopLevel.With() : ChangeSetMessages.UnderSection.With(parentName)));
            if (plan.Restore)
                changes.Add(new CategoryChange(CategoryChangeKind.Restored, c.Id, plan.FinalName, c.Name == plan.FinalName ? null : c.Name));
            else if (name != baseline && c.Name == baseline)
                changes.Add(new CategoryChange(CategoryChangeKind.Renamed, c.Id, name, c.Name));
            else if (name != baseline && c.Name != name)
                changes.Add(new CategoryChange(CategoryChangeKind.KeptLocalName, c.Id, c.Name, baseline, ChangeSetMessages.RenamedInList.With(name)));
        }

        var used = sections.Where(s => s.Existing is not null).Select(s => s.Existing!.Id).ToHashSet();
        var dropped = state.Categories.Where(c => c.DeletedAt is null && c.ImportedName is not null && !used.Contains(c.Id)).ToList();
        var leaving = papers.Where(p => p.Kind == PaperChangeKind.Removed || p.Change(PaperField.Category) is not null)
            .Select(p => p.PaperId).ToHashSet();
        foreach (var c in dropped)
        {
            var staying = state.Papers.Count(p => p.CategoryId == c.Id && p.DeletedAt is null && !leaving.Contains(p.Id));
            changes.Add(staying == 0
                ? new CategoryChange(CategoryChangeKind.Removed, c.Id, c.Name)
                : new CategoryChange(CategoryChangeKind.Kept, c.Id, c.Name, Note: ChangeSetMessages.StillHoldsPapers.With(staying)));
        }
        return (changes, dropped);
    }

    /// <summary>
    /// The list's order when the list reordered its sections; otherwise the catalog's order (a maintainer may have
    /// reordered), with new sections placed after the section that precedes them in the list.
    /// </summary>
    private static (List<CategorySlot> Order, bool Reordered) CategoryOrder(
        CatalogState state, IReadOnlyList<SectionPlan> sections, List<CategoryChange> changes)
    {
        var live = state.Categories.Where(c => c.DeletedAt is null).OrderBy(c => c.Order).ThenBy(c => c.Id).ToList();
        var matchedInListOrder = sections.Where(s => s.Existing is { DeletedAt: null }).Select(s => s.Existing!.Id).ToList();
        var baselineOrder = live.Where(c => c.ImportedOrder is not null).OrderBy(c => c.ImportedOrder).Select(c => c.Id)
            .Where(matchedInListOrder.Contains).ToList();
        var listReordered = !matchedInListOrder.SequenceEqual(baselineOrder);

        List<CategorySlot> order;
        if (listReordered)
        {
            var inList = sections.Select((s, i) => s.Existing is null ? new CategorySlot(null, i) : new CategorySlot(s.Existing, null)).ToList();
            var listed = sections.Where(s => s.Existing is not null).Select(s => s.Existing!.Id).ToHashSet();
            order = [.. inList, .. live.Where(c => !listed.Contains(c.Id)).Select(c => new CategorySlot(c, null))];
        }
        else
        {
            order = live.Select(c => new CategorySlot(c, null)).ToList();
            for (var i = 0; i < sections.Count; i++)
            {
                var s = sections[i];
                if (s.Existing is { DeletedAt: null }) continue;
                var slot = s.Existing is null ? new CategorySlot(null, i) : new CategorySlot(s.Existing, null);
                var at = 0;
                if (i > 0)
                {
                    var previous = sections[i - 1];
                    at = order.FindIndex(o => previous.Existing is not null ? o.Existing == previous.Existing : o.SectionIndex == i - 1) + 1;
                }
                order.Insert(at, slot);
            }
        }

        var removed = changes.Where(c => c.Kind == CategoryChangeKind.Removed).Select(c => c.CategoryId).ToHashSet();
        var before = live.Where(c => !removed.Contains(c.Id)).Select(c => c.Id).ToList();
        var after = order.Where(o => o.Existing is { DeletedAt: null } e && !removed.Contains(e.Id)).Select(o => o.Existing!.Id).ToList();
        return (order, !before.SequenceEqual(after));
    }
}
