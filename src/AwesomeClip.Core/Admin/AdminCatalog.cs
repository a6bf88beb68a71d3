using AwesomeClip.Core.Catalog;
using AwesomeClip.Core.Storage;
using Microsoft.EntityFrameworkCore;

namespace AwesomeClip.Core.Admin;

public sealed record AdminPaperQuery(string? Text = null, int? CategoryId = null, int? Year = null, bool Trash = false, int Page = 1, int PageSize = 25);

public sealed record AdminPaperRow(int Id, string Title, int? Year, string Category, DateTime UpdatedAt, DateTime? DeletedAt);

public sealed record AdminPaperList(int Total, int Page, int PageSize, IReadOnlyList<AdminPaperRow> Items)
{
    public int PageCount => Math.Max(1, (Total + PageSize - 1) / PageSize);
}

/// <summary>One field of a revision, with links and figures also as lists of readable items.</summary>
public sealed record FieldDiff(PaperField Field, string? Old, string? New, IReadOnlyList<string>? OldItems, IReadOnlyList<string>? NewItems)
{
    public string Name => Field switch
    {
        PaperField.GithubRepo => "GitHub repository",
        _ => Field.ToString(),
    };

    public static FieldDiff Of(FieldChange change) => change.Field switch
    {
        PaperField.Links => new(change.Field, change.Old, change.New, LinkItems(change.Old), LinkItems(change.New)),
        PaperField.Figures => new(change.Field, change.Old, change.New, PaperValues.ReadFigures(change.Old ?? "[]"), PaperValues.ReadFigures(change.New ?? "[]")),
        _ => new(change.Field, change.Old, change.New, null, null),
    };

    private static List<string> LinkItems(string? json) =>
        PaperValues.ReadLinks(json ?? "[]").Select(l => $"{l.Label} ({l.Kind.ToWireName()}): {l.Url}").ToList();
}

public sealed record RevisionView(
    int Id, int PaperId, string PaperTitle, bool PaperInTrash, DateTime At, string Actor, RevisionKind Kind, string Summary, IReadOnlyList<FieldDiff> Changes)
{
    /// <summary>Whether reverting means something (the list dropping a paper cannot be undone here).</summary>
    public bool CanRevert => Kind != RevisionKind.Flagged;
}

/// <summary>What the admin pages read: papers including the trash, and history.</summary>
public sealed class AdminCatalog(IDbContextFactory<CatalogDbContext> dbFactory)
{
    public async Task<AdminPaperList> PapersAsync(AdminPaperQuery query, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        var size = Math.Clamp(query.PageSize, 1, 200);
        var page = Math.Max(1, query.Page);
        var db = await dbFactory.CreateDbContextAsync(ct).ConfigureAwait(false);
        await using (db.ConfigureAwait(false))
        {
            var papers = query.Trash ? db.Papers.IncludingTrash().AsNoTracking().Where(p => p.DeletedAt != null) : db.Papers.AsNoTracking();
            if (query.CategoryId is { } category) papers = papers.Where(p => p.CategoryId == category);
            if (query.Year is { } year) papers = papers.Where(p => p.Year == year);
            if (!string.IsNullOrWhiteSpace(query.Text))
            {
                var text = query.Text.Trim();
                var pattern = "%" + text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("%", "\\%", StringComparison.Ordinal).Replace("_", "\\_", StringComparison.Ordinal) + "%";
                var id = int.TryParse(text.TrimStart('#'), System.Globalization.CultureInfo.InvariantCulture, out var n) ? n : -1;
                papers = papers.Where(p => p.Id == id || EF.Functions.Like(p.Title, pattern, "\\") || EF.Functions.Like(p.Abstract, pattern, "\\")
                    || (p.GithubRepo != null && EF.Functions.Like(p.GithubRepo, pattern, "\\")));
            }
            var total = await papers.CountAsync(ct).ConfigureAwait(false);
            var ordered = query.Trash
                ? papers.OrderByDescending(p => p.DeletedAt).ThenBy(p => p.Id)
                : papers.OrderBy(p => p.Category.Order).ThenBy(p => p.Year).ThenBy(p => p.Position).ThenBy(p => p.Id);
            var items = await ordered.Skip((page - 1) * size).Take(size)
                .Select(p => new AdminPaperRow(p.Id, p.Title, p.Year, p.Category.Name, p.UpdatedAt, p.DeletedAt))
                .ToListAsync(ct).ConfigureAwait(false);
            return new AdminPaperList(total, page, size, items);
        }
    }

    public async Task<(int Total, IReadOnlyList<RevisionView> Items)> RecentRevisionsAsync(int page, int pageSize, CancellationToken ct = default)
    {
        var size = Math.Clamp(pageSize, 1, 200);
        var db = await dbFactory.CreateDbContextAsync(ct).ConfigureAwait(false);
        await using (db.ConfigureAwait(false))
        {
            var total = await db.PaperRevisions.CountAsync(ct).ConfigureAwait(false);
            var items = await RevisionsAsync(db, db.PaperRevisions.OrderByDescending(r => r.At).ThenByDescending(r => r.Id).Skip((Math.Max(1, page) - 1) * size).Take(size), ct)
                .ConfigureAwait(false);
            return (total, items);
        }
    }

    public async Task<IReadOnlyList<RevisionView>> PaperHistoryAsync(int paperId, CancellationToken ct = default)
    {
        var db = await dbFactory.CreateDbContextAsync(ct).ConfigureAwait(false);
        await using (db.ConfigureAwait(false))
        {
            return await RevisionsAsync(db, db.PaperRevisions.Where(r => r.PaperId == paperId).OrderByDescending(r => r.At).ThenByDescending(r => r.Id), ct)
                .ConfigureAwait(false);
        }
    }

    private static async Task<IReadOnlyList<RevisionView>> RevisionsAsync(CatalogDbContext db, IQueryable<PaperRevision> revisions, CancellationToken ct)
    {
        var list = await revisions.AsNoTracking().ToListAsync(ct).ConfigureAwait(false);
        var ids = list.Select(r => r.PaperId).Distinct().ToList();
        var papers = await db.Papers.IncludingTrash().AsNoTracking().Where(p => ids.Contains(p.Id))
            .Select(p => new { p.Id, p.Title, p.DeletedAt }).ToDictionaryAsync(p => p.Id, ct).ConfigureAwait(false);
        return list.Where(r => papers.ContainsKey(r.PaperId)).Select(r => new RevisionView(
                r.Id, r.PaperId, papers[r.PaperId].Title, papers[r.PaperId].DeletedAt is not null, DateTime.SpecifyKind(r.At, DateTimeKind.Utc), r.Actor,
                r.Kind, r.Summary, RevisionChanges.Parse(r.Changes).Select(FieldDiff.Of).ToList()))
            .ToList();
    }
}
