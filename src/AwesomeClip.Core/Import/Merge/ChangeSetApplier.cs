using AwesomeClip.Core.Catalog;
using AwesomeClip.Core.ChangeLog;
using AwesomeClip.Core.Import.Parsing;
using AwesomeClip.Core.Storage;
using Microsoft.EntityFrameworkCore;

namespace AwesomeClip.Core.Import.Merge;

/// <summary>
/// Carries out a <see cref="SyncPlan"/> on the tracked entities it was built from, with the maintainer's choices for
/// its conflicts, and records each paper's revision. The caller owns the transaction.
/// </summary>
internal sealed class ChangeSetApplier(CatalogDbContext db, SyncPlan plan, IReadOnlyDictionary<ConflictKey, ConflictResolution> resolutions, DateTime now, string source)
{
    public const string Actor = "importer";

    private readonly Dictionary<int, Category> created = [];
    private readonly List<(Paper Paper, RevisionKind Kind, IReadOnlyList<FieldChange> Changes)> revisions = [];

    /// <summary>On SQLite, new papers are written by <see cref="BulkInsert"/> after the tracked changes, not tracked (ADR-022).</summary>
    private readonly bool bulk = BulkInsert.IsUsedBy(db);
    private readonly List<Paper> added = [];

    /// <summary>Returns the ids of the papers that changed in a way a reader (or the search index) sees.</summary>
    public async Task<IReadOnlyList<int>> ApplyAsync(CancellationToken ct)
    {
        RequireResolutions(plan.Changes, resolutions);
        ApplySections();
        await db.SaveChangesAsync(ct).ConfigureAwait(false); // new categories get their ids, which baselines refer to
        RecordImportedParents();

        var changedByRow = plan.Changes.Papers.Where(p => p.RowIndex is not null).ToDictionary(p => p.RowIndex!.Value);
        var rowOf = new Dictionary<Paper, MatchRow>();
        foreach (var row in plan.Rows)
        {
            var category = CategoryFor(row.Section);
            changedByRow.TryGetValue(row.Index, out var change);
            var paper = plan.Matches.TryGetValue(row.Index, out var match)
                ? Update(match.Paper, row, category, change)
                : Create(row, category, change!);
            rowOf[paper] = row;
        }
        ApplyRemovals();
        Renumber(rowOf);
        RemoveDroppedCategories();
        OrderCategories();
        await db.SaveChangesAsync(ct).ConfigureAwait(false);
        await InsertAddedAsync(ct).ConfigureAwait(false);

        var history = revisions.Select(r => Revision(r.Paper, r.Kind, r.Changes)).ToList();
        if (bulk)
        {
            await BulkInsert.InsertAsync(db, history, ct).ConfigureAwait(false);
        }
        else
        {
            db.PaperRevisions.AddRange(history);
            await db.SaveChangesAsync(ct).ConfigureAwait(false);
        }
        return revisions.Select(r => r.Paper.Id).Distinct().ToList();
    }

    /// <summary>
    /// The new papers, their links, figures and baselines, in the order the list has them (so ids come out as a save
    /// would give them), and one change log entry naming them, in the import's transaction.
    /// </summary>
    private async Task InsertAddedAsync(CancellationToken ct)
    {
        if (added.Count == 0) return;
        await BulkInsert.InsertAsync(db, added, ct).ConfigureAwait(false);
        foreach (var paper in added)
        {
            foreach (var link in paper.Links) link.PaperId = paper.Id;
            foreach (var figure in paper.Figures) figure.PaperId = paper.Id;
            paper.Baseline!.PaperId = paper.Id;
        }
        await BulkInsert.InsertAsync(db, added.SelectMany(p => p.Links).ToList(), ct).ConfigureAwait(false);
        await BulkInsert.InsertAsync(db, added.SelectMany(p => p.Figures).ToList(), ct).ConfigureAwait(false);
        await BulkInsert.InsertAsync(db, added.Select(p => p.Baseline!).ToList(), ct).ConfigureAwait(false);
        await CatalogChangeLog.RecordAsync(db, added.Select(p => p.Id).ToList(), ct).ConfigureAwait(false);
    }

    public static void RequireResolutions(ChangeSet changes, IReadOnlyDictionary<ConflictKey, ConflictResolution> resolutions)
    {
        var open = changes.Conflicts.Where(c => !resolutions.ContainsKey(new ConflictKey(c.Paper.PaperId!.Value, c.Conflict.Field))).ToList();
        if (open.Count == 0) return;
        var list = string.Join("; ", open.Select(c => $"'{c.Paper.Title}' (#{c.Paper.PaperId}) {c.Conflict.Field.Name()}"));
        throw new ImportRefusedException(ImportMessages.UnresolvedConflicts.With(open.Count, list), ImportRefusal.UnresolvedConflicts);
    }

    private void ApplySections()
    {
        var slugs = plan.State.Categories.Select(c => c.Slug).ToHashSet(StringComparer.Ordinal);
        for (var i = 0; i < plan.Sections.Count; i++)
        {
            var section = plan.Sections[i];
            var category = section.Existing;
            if (category is null)
            {
                var parentName = section.Section.Parent is { } p ? plan.Sections[p].FinalName : null;
                category = new Category { Name = section.FinalName, Slug = Slug.Unique(section.FinalName, parentName, slugs) };
                db.Categories.Add(category);
                created[i] = category;
            }
            category.Name = section.FinalName;
            category.ImportedName = section.Section.Name;
            category.ImportedOrder = section.Section.Order;
            category.DeletedAt = null;
        }
        // The list's tree, unless a maintainer moved a category since the last import (then theirs stays).
        for (var i = 0; i < plan.Sections.Count; i++)
        {
            var category = plan.Sections[i].Existing ?? created[i];
            var listParent = plan.Sections[i].Section.Parent is { } p ? plan.Sections[p].Existing ?? created[p] : null;
            var movedHere = category.Id != 0 && category.ParentId != category.ImportedParentId;
            if (!movedHere) category.Parent = listParent;
        }
    }

    /// <summary>After the categories have ids: each remembers the parent the list gave it.</summary>
    private void RecordImportedParents()
    {
        for (var i = 0; i < plan.Sections.Count; i++)
        {
            var category = plan.Sections[i].Existing ?? created[i];
            category.ImportedParentId = plan.Sections[i].Section.Parent is { } p ? (plan.Sections[p].Existing ?? created[p]).Id : null;
        }
    }

    private Category CategoryFor(ParsedCategory section)
    {
        for (var i = 0; i < plan.Sections.Count; i++)
        {
            if (plan.Sections[i].Section == section) return plan.Sections[i].Existing ?? created[i];
        }
        throw new InvalidOperationException($"section '{section.Name}' is not in the plan");
    }

    private Paper Create(MatchRow row, Category category, PaperChange change)
    {
        var paper = new Paper { Title = row.Row.Title, Category = category, CreatedAt = now, UpdatedAt = now, Version = 1 };
        var theirs = row.Row.Values(category.Id);
        theirs.WriteTo(paper, PaperValues.Fields, category);
        paper.Baseline = new PaperBaseline { Title = row.Row.Title };
        Imported(paper, row, category);
        if (bulk) added.Add(paper);
        else db.Papers.Add(paper);
        revisions.Add((paper, RevisionKind.Created, change.Changes));
        return paper;
    }

    private Paper Update(Paper paper, MatchRow row, Category category, PaperChange? change)
    {
        var theirs = row.Row.Values(category.Id);
        if (change is not null)
        {
            var applied = new List<FieldChange>(change.Changes);
            foreach (var c in change.Changes) Take(paper, c.Field, theirs, category);
            foreach (var conflict in change.Conflicts)
            {
                if (resolutions[new ConflictKey(paper.Id, conflict.Field)] != ConflictResolution.TakeTheirs) continue;
                Take(paper, conflict.Field, theirs, category);
                applied.Add(new FieldChange(conflict.Field, conflict.Mine, conflict.Theirs));
            }
            var restored = change.Kind == PaperChangeKind.Restored;
            if (restored) paper.DeletedAt = null;
            if (applied.Count > 0 || restored)
            {
                paper.Version++;
                paper.UpdatedAt = now;
                revisions.Add((paper, restored ? RevisionKind.Restored : RevisionKind.Updated, applied));
            }
        }
        paper.Baseline ??= new PaperBaseline { Title = row.Row.Title };
        Imported(paper, row, category);
        return paper;
    }

    /// <summary>The row becomes the paper's baseline and its source (for the export), whatever was merged.</summary>
    private void Imported(Paper paper, MatchRow row, Category category)
    {
        paper.SourceLine = row.Row.SourceLine;
        paper.SourceMarkdown = row.Row.SourceMarkdown;
        paper.SourceFingerprint = row.Row.Fingerprint();
        var baseline = paper.Baseline!;
        var theirs = row.Row.Values(category.Id);
        var same = baseline.ImportedAt != default && baseline.InList && baseline.Position == row.Position && PaperValues.Of(baseline).SameEverywhere(theirs)
            && baseline.ArxivId == theirs.ArxivId;
        if (same) return;
        theirs.CopyTo(baseline);
        baseline.Position = row.Position;
        baseline.InList = true;
        baseline.ImportedAt = now;
    }

    private static void Take(Paper paper, PaperField field, PaperValues theirs, Category category) =>
        theirs.WriteTo(paper, [field], category);

    private void ApplyRemovals()
    {
        var byId = plan.State.Papers.ToDictionary(p => p.Id);
        foreach (var change in plan.Changes.Papers.Where(p => p.Kind is PaperChangeKind.Removed or PaperChangeKind.Flagged))
        {
            var paper = byId[change.PaperId!.Value];
            if (change.Kind == PaperChangeKind.Removed)
            {
                paper.DeletedAt = now;
                paper.Version++;
                paper.UpdatedAt = now;
                revisions.Add((paper, RevisionKind.Deleted, []));
            }
            else
            {
                revisions.Add((paper, RevisionKind.Flagged, []));
            }
        }
        // Whatever the list no longer has is no longer in the list, in the trash or not.
        var matched = plan.Matches.Values.Select(m => m.Paper).ToHashSet();
        foreach (var paper in plan.State.Papers.Where(p => !matched.Contains(p)))
        {
            if (paper.Baseline is { InList: true } b) b.InList = false;
            else if (paper.Baseline is null && paper.SourceLine > 0) paper.Baseline = Legacy(paper);
        }
    }

    private PaperBaseline Legacy(Paper paper)
    {
        var baseline = new PaperBaseline { Title = paper.Title, Position = paper.Position, InList = false, ImportedAt = now };
        PaperValues.Of(paper).CopyTo(baseline);
        return baseline;
    }

    /// <summary>
    /// Papers of the list take the list's order; papers only in the catalog (created in the app, kept after the list
    /// dropped them, or left in another category by a maintainer's choice) stay right after the paper they followed.
    /// </summary>
    private void Renumber(Dictionary<Paper, MatchRow> rowOf)
    {
        var live = plan.State.Papers.Concat(rowOf.Keys).Distinct().Where(p => p.DeletedAt is null);
        foreach (var group in live.GroupBy(p => p.Category))
        {
            var ordered = group
                .Select(p => (Paper: p, Key: rowOf.TryGetValue(p, out var r) && CategoryFor(r.Section) == p.Category ? r.Position : p.Position + 0.5))
                .OrderBy(x => x.Key).ThenBy(x => x.Paper.Id)
                .ToList();
            for (var i = 0; i < ordered.Count; i++) ordered[i].Paper.Position = i;
        }
    }

    private void RemoveDroppedCategories()
    {
        foreach (var category in plan.DroppedCategories)
        {
            var papers = plan.State.Papers.Where(p => p.Category == category).ToList();
            if (papers.Any(p => p.DeletedAt is null)) continue; // kept: papers the list did not drop still live in it
            if (papers.Count == 0) db.Categories.Remove(category);
            else category.DeletedAt = now;
        }
    }

    private void OrderCategories()
    {
        var order = plan.CategoryOrder
            .Select(s => s.Existing ?? created[s.SectionIndex!.Value])
            .Where(c => c.DeletedAt is null && db.Entry(c).State != EntityState.Deleted)
            .ToList();
        for (var i = 0; i < order.Count; i++) order[i].Order = i;
    }

    private PaperRevision Revision(Paper paper, RevisionKind kind, IReadOnlyList<FieldChange> changes)
    {
        var fields = string.Join(", ", changes.Select(c => c.Field.Name()));
        var summary = kind switch
        {
            RevisionKind.Created => $"added by the import of {source}",
            RevisionKind.Updated => $"{fields} changed by the import of {source}",
            RevisionKind.Restored => $"restored from the trash by the import of {source}{(fields.Length > 0 ? $"; {fields} changed" : "")}",
            RevisionKind.Deleted => $"moved to the trash: {source} no longer lists it",
            _ => $"{source} no longer lists it; kept because it was edited since the last import",
        };
        return new PaperRevision
        {
            PaperId = paper.Id,
            At = now,
            Actor = Actor,
            Kind = kind,
            Summary = summary,
            Changes = PaperValues.Serialize(changes.Select(c => new { field = c.Field.ToString(), old = c.Old, @new = c.New })),
        };
    }
}
