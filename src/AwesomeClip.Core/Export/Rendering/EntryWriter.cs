using AwesomeClip.Core.Catalog;
using AwesomeClip.Core.Import.Parsing;

namespace AwesomeClip.Core.Export.Rendering;

/// <summary>
/// Writes a paper as an entry of its section, in the section's layout: the paper's own entry rewritten where its
/// fields changed, else another entry of the section rewritten with the paper's values (the nearest of the same shape
/// first). Each candidate is read back; the first that imports as the paper wins, with light escaping before full.
/// </summary>
internal static class EntryWriter
{
    /// <param name="own">The paper's entry as imported, read in this section (null for a paper created in the app).</param>
    public static string Write(Paper paper, ParsedPaper? own, EntryContext context, ICollection<Messages.CoreMessage> warnings)
    {
        var values = PaperValues.Of(paper);
        if (own is not null && own.Layout == context.Layout && PaperFingerprint.Of(own.Values(values.CategoryId)) == PaperFingerprint.Of(values))
            return own.SourceMarkdown;
        var bestFull = false;
        // The built-in layout has a canonical row (its most common spelling, cell by cell): new rows are written in it.
        if (own is null && PaperRow.IsBuiltInTable(context.Columns))
        {
            foreach (var style in Enum.GetValues<RowStyle>())
            {
                var row = PaperRow.Render(paper, style);
                if (EntryCheck.ReadsBackAs(row, context, values)) return row;
            }
        }
        var (best, bestFields) = ((string?)null, -1);
        foreach (var full in new[] { false, true })
        {
            var escaping = new Escaping(context.Layout == EntryLayout.TableRow, full);
            foreach (var (start, isOwn) in Starts(own, values, context))
            {
                var text = Write(start, values, context, escaping, isOwn);
                if (text is null) continue;
                if (EntryCheck.ReadsBackAs(text, context, values)) return text;
                // Nothing reads back whole (a field the layout cannot hold): the one that keeps most fields, escaped
                // fully before lightly, so that text never turns into markup on the way.
                var fields = EntryCheck.FieldsReadBack(text, context, values);
                if (fields > bestFields || fields == bestFields && full && best is not null && !bestFull) (best, bestFields, bestFull) = (text, fields, full);
            }
        }
        warnings.Add(ExportMessages.NotRoundTripInSection.With(paper.Title, paper.Id));
        return best ?? Fallback(values, context);
    }

    private static string? Write(ParsedPaper start, PaperValues values, EntryContext context, Escaping escaping, bool own)
    {
        if (start.Shape is null) return null;
        if (context.Layout == EntryLayout.TableRow) return TableRowWriter.Write(start, values, context, escaping, own);
        var donors = context.Donors.Where(d => d.Shape is not null && d != start).Take(12)
            .Select(d => new ShapedText(d.SourceMarkdown, d.Shape!.Parts, d.Links)).ToList();
        var shaped = new ShapedText(start.SourceMarkdown, start.Shape.Parts, start.Links);
        var slots = EntrySlots.Of(values);
        // A year the importer works out by itself (from the arXiv id, the list's title) is not written into the entry.
        if (Inferred(start, values, own, context))
        {
            var without = EntryRewriter.Rewrite(shaped, slots with { Year = null, Month = null, Day = null }, donors, escaping, own);
            if (without is not null && EntryCheck.ReadsBackAs(without, context, values)) return without;
        }
        return EntryRewriter.Rewrite(shaped, slots, donors, escaping, own);
    }

    private static bool Inferred(ParsedPaper start, PaperValues values, bool own, EntryContext context)
    {
        if (values.Month is not null || start.Shape!.Parts.Any(p => p.Kind is PartKind.Year or PartKind.Date)) return false;
        if (own && start.Year == values.Year && start.YearSource is YearSource.ArxivId or YearSource.ListTitle) return true;
        return values.Year is { } y && (ArxivId.Year(values.ArxivId) == y || context.ListTitle is not null);
    }

    /// <summary>The paper's own entry first, then the section's entries that best fit its fields, clean ones first.</summary>
    private static IEnumerable<(ParsedPaper Start, bool Own)> Starts(ParsedPaper? own, PaperValues values, EntryContext context)
    {
        if (own is not null && own.Layout == context.Layout) yield return (own, true);
        var ranked = context.Donors
            .Where(d => d.Layout == context.Layout && d.Shape is not null)
            .Select((d, i) => (Donor: d, Score: Fit(d, values) - i * 0.001))
            .OrderByDescending(x => x.Score)
            .Take(6);
        foreach (var (donor, _) in ranked) yield return (donor, false);
    }

    /// <summary>How well an entry's parts fit a paper's fields: a part for each field it has, none it lacks, no stray text.</summary>
    private static double Fit(ParsedPaper donor, PaperValues v)
    {
        var kinds = donor.Shape!.Parts.Select(p => p.Kind).ToHashSet();
        double score = 0;
        void Field(bool has, PartKind kind) => score += has == kinds.Contains(kind) ? 1 : has ? -2 : -1;
        Field(v.Authors is not null, PartKind.Authors);
        Field(v.Venue is not null, PartKind.Venue);
        Field(v.Year is not null && donor.YearSource != YearSource.ArxivId && donor.YearSource != YearSource.YearRow, PartKind.Year);
        Field(v.Month is not null, PartKind.Date);
        Field(v.Links.Count > 0, PartKind.Link);
        Field(v.GithubRepo is not null, PartKind.Badge);
        Field(v.Figures.Count > 0, PartKind.Figure);
        if ((donor.Url is not null) == (v.Url is not null)) score += 2;
        if (donor.Shape.Parts.Any(p => p.Kind == PartKind.Keep)) score -= 0.5;
        if (!CleanGlue(donor)) score -= 1.5;
        return score;
    }

    /// <summary>Text between an entry's parts that is only punctuation and markup (no stray words to copy).</summary>
    private static bool CleanGlue(ParsedPaper donor)
    {
        var text = donor.SourceMarkdown;
        var at = 0;
        foreach (var part in donor.Shape!.Parts.OrderBy(p => p.Start))
        {
            if (part.Start < at) continue;
            if (text.AsSpan(at, part.Start - at).ContainsAnyExcept(" \t\n,;:|.-–—*_()[]<>/\\!#0123456789"))
                return false;
            at = part.End;
        }
        return true;
    }

    /// <summary>A section with no entry to learn from: the plainest form of its layout.</summary>
    private static string Fallback(PaperValues v, EntryContext context)
    {
        var escaping = new Escaping(context.Layout == EntryLayout.TableRow, Full: true);
        var title = v.Url is null ? $"**{escaping.Text(v.Title)}**" : $"[{escaping.Label(v.Title)}]({Escaping.Url(v.Url)})";
        string Links(IEnumerable<LinkValue> links) => string.Join(" ", links.Select(l => $"[{escaping.Label(l.Label)}]({Escaping.Url(l.Url)})"));
        if (context.Layout == EntryLayout.TableRow && context.Columns.Count > 0)
        {
            var roles = context.Columns.Select(c => c.Role).ToList();
            var cells = context.Columns.Select(c => c.Role switch
            {
                ColumnRole.Title => title,
                ColumnRole.Authors => v.Authors is null ? "" : escaping.Text(v.Authors),
                ColumnRole.Venue => v.Venue is null ? "" : escaping.Text(v.Venue),
                ColumnRole.Year => v.Year?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "",
                ColumnRole.Date => PaperDates.Iso(v.Year, v.Month, v.Day) ?? "",
                ColumnRole.Abstract => escaping.Prose(v.Abstract),
                ColumnRole.Note => v.Commentary is null ? "" : escaping.Prose(v.Commentary),
                ColumnRole.Figure => string.Join(" ", v.Figures.Select(f => $"<img src=\"{f}\">")),
                ColumnRole.Code => Links(v.Links.Where(l => l.Kind is LinkKind.Github or LinkKind.Code)),
                ColumnRole.Paper => Links(v.Links.Where(l => l.Kind == LinkKind.Paper)),
                ColumnRole.Project => Links(v.Links.Where(l => l.Kind == LinkKind.Project)),
                ColumnRole.Links => Links(v.Links.Where(l => !(l.Kind is LinkKind.Github or LinkKind.Code && roles.Contains(ColumnRole.Code)
                    || l.Kind == LinkKind.Paper && roles.Contains(ColumnRole.Paper) || l.Kind == LinkKind.Project && roles.Contains(ColumnRole.Project)))),
                ColumnRole.Other => v.Extras.FirstOrDefault(e => e.Label == c.Header)?.Text is { } extra ? escaping.Text(extra) : "",
                _ => "",
            });
            return "|" + string.Join("|", cells) + "|";
        }
        var meta = string.Join(", ", new[] { v.Authors, v.Venue is null ? null : $"{v.Venue} {v.Year}".Trim() }.OfType<string>().Select(escaping.Text));
        var line = string.Join(" ", new[] { title + (meta.Length > 0 ? ", " + meta : ""), Links(v.Links) }.Where(s => s.Length > 0));
        return context.Layout == EntryLayout.Bullet ? "- " + line : line;
    }
}
