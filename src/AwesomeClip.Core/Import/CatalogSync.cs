using AwesomeClip.Core.Catalog;
using AwesomeClip.Core.Storage;
using Microsoft.EntityFrameworkCore;

namespace AwesomeClip.Core.Import;

/// <summary>Brings the tracked catalog in line with a parsed list; the caller owns the transaction and saves.</summary>
internal static class CatalogSync
{
    public sealed record Outcome(List<Paper> Added, List<Paper> Updated, List<int> RemovedIds, int Unchanged);

    public static async Task<Outcome> ApplyAsync(CatalogDbContext db, ParsedList list, DateTime now, CancellationToken ct)
    {
        var categories = await db.Categories.ToListAsync(ct).ConfigureAwait(false);
        var papers = await db.Papers.Include(p => p.Links).Include(p => p.Figures).ToListAsync(ct).ConfigureAwait(false);

        var categoryFor = SyncCategories(db, categories, list);
        var matches = PaperMatcher.Match(papers, list.Papers.ToList());
        var outcome = new Outcome([], [], [], 0);
        var unchanged = 0;

        foreach (var parsedCategory in list.Categories)
        {
            var category = categoryFor[parsedCategory];
            for (var position = 0; position < parsedCategory.Papers.Count; position++)
            {
                var parsed = parsedCategory.Papers[position];
                if (matches.TryGetValue(parsed, out var paper))
                {
                    if (PaperUpdate.Apply(paper, parsed, category, position, now)) outcome.Updated.Add(paper);
                    else unchanged++;
                }
                else
                {
                    paper = PaperUpdate.Create(parsed, category, position, now);
                    db.Papers.Add(paper);
                    outcome.Added.Add(paper);
                }
            }
        }

        var kept = matches.Values.ToHashSet();
        foreach (var gone in papers.Where(p => !kept.Contains(p)))
        {
            outcome.RemovedIds.Add(gone.Id);
            db.Papers.Remove(gone);
        }

        var used = categoryFor.Values.ToHashSet();
        foreach (var empty in categories.Where(c => !used.Contains(c)))
        {
            var stillHasPapers = papers.Any(p => p.CategoryId == empty.Id && kept.Contains(p));
            if (!stillHasPapers) db.Categories.Remove(empty);
        }

        return outcome with { Unchanged = unchanged };
    }

    private static Dictionary<ParsedCategory, Category> SyncCategories(CatalogDbContext db, List<Category> existing, ParsedList list)
    {
        var result = new Dictionary<ParsedCategory, Category>();
        var free = existing.ToList();
        var slugs = existing.Select(c => c.Slug).ToHashSet(StringComparer.Ordinal);
        foreach (var parsed in list.Categories)
        {
            var match = free.FirstOrDefault(c => c.Name == parsed.Name)
                ?? free.FirstOrDefault(c => c.Slug == Slug.From(parsed.Name));
            if (match is null)
            {
                match = new Category { Name = parsed.Name, Slug = UniqueSlug(parsed.Name, slugs) };
                db.Categories.Add(match);
            }
            else
            {
                free.Remove(match);
            }
            match.Name = parsed.Name;
            match.Order = parsed.Order;
            result[parsed] = match;
        }
        return result;
    }

    internal static string UniqueSlug(string name, HashSet<string> taken)
    {
        var baseSlug = Slug.From(name);
        var slug = baseSlug;
        for (var n = 2; !taken.Add(slug); n++) slug = $"{baseSlug}-{n}";
        return slug;
    }
}
