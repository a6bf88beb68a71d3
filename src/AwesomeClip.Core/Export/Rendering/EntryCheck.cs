using System.Globalization;
using AwesomeClip.Core.Catalog;
using AwesomeClip.Core.Import;
using AwesomeClip.Core.Import.Parsing;

namespace AwesomeClip.Core.Export.Rendering;

/// <summary>Reads a written entry back, in a section like the one it is written into: what the next import will see.</summary>
internal static class EntryCheck
{
    private const string Section = "Entries";

    public static ParsedPaper? Reparse(string text, EntryContext context, int? year)
    {
        var title = context.ListTitle is { } t ? $"# {t}\n\n" : "";
        var document = title + context.Layout switch
        {
            EntryLayout.TableRow => $"## {Section}\n\n{context.TableHeader}\n{context.TableDelimiter}\n"
                + (context.YearRows && year is { } y ? string.Create(CultureInfo.InvariantCulture, $"|{y}|\n") : "") + text + "\n",
            // A line entry stands in a paragraph of such lines.
            EntryLayout.Line => $"## {Section}\n\n{text}\n{text}\n",
            _ => $"## {Section}\n\n{text}\n",
        };
        try
        {
            var papers = ListParser.Parse(document, "the entry", context.ListLayout.Only(context.Rule, Section)).Papers.ToList();
            return context.Layout == EntryLayout.Line ? papers.FirstOrDefault() : papers.Count == 1 ? papers[0] : null;
        }
        catch (ImportRefusedException)
        {
            return null;
        }
    }

    /// <summary>True when <paramref name="text"/> imports back as exactly <paramref name="values"/>.</summary>
    public static bool ReadsBackAs(string text, EntryContext context, PaperValues values) =>
        Back(text, context, values) is { } back && PaperFingerprint.Of(back) == PaperFingerprint.Of(values);

    /// <summary>
    /// How many of the paper's fields <paramref name="text"/> imports back as they are, the title above all others
    /// (-1: not as an entry at all).
    /// </summary>
    public static int FieldsReadBack(string text, EntryContext context, PaperValues values) =>
        Back(text, context, values) is { } back
            ? PaperValues.Fields.Count(f => back.Same(values, f)) + (back.Same(values, PaperField.Title) ? PaperValues.Fields.Length : 0)
            : -1;

    private static PaperValues? Back(string text, EntryContext context, PaperValues values)
    {
        if (text.Contains('\r', StringComparison.Ordinal)) return null;
        var parsed = Reparse(text, context, values.Year);
        if (parsed is null) return null;
        var back = parsed.Values(values.CategoryId);
        // In a table whose rows take their year from year rows, the row itself has no year to compare.
        if (context.Layout == EntryLayout.TableRow && context.YearRows && back.Year is null) back = back with { Year = values.Year };
        return back;
    }
}
