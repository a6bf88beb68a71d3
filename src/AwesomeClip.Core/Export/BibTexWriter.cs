using System.Globalization;
using System.Text;
using AwesomeClip.Core.Catalog;

namespace AwesomeClip.Core.Export;

/// <summary>
/// BibTeX entries for papers: <c>@article</c> with <c>eprint</c>/<c>archivePrefix</c> for arXiv papers, <c>@misc</c>
/// otherwise. Text is UTF-8 (Chinese stays as it is) with BibTeX's special characters escaped.
/// </summary>
public static partial class BibTexWriter
{
    public static string ForPaper(Paper paper) => ForPapers([paper]);

    /// <summary>Entries in the given order (a search result); citation keys are unique within the output.</summary>
    public static string ForPapers(IEnumerable<Paper> papers)
    {
        var sb = new StringBuilder();
        using var writer = new StringWriter(sb, CultureInfo.InvariantCulture) { NewLine = "\n" };
        Write(writer, papers);
        return sb.ToString();
    }

    /// <summary>The category's papers in the list's order (year, then position); trashed papers left out.</summary>
    public static string ForCategory(Category category)
    {
        ArgumentNullException.ThrowIfNull(category);
        return ForPapers(ListWriter.Live(category).OrderBy(p => p.Year).ThenBy(p => p.Position).ThenBy(p => p.Id));
    }

    public static void Write(TextWriter writer, IEnumerable<Paper> papers)
    {
        ArgumentNullException.ThrowIfNull(writer);
        var list = papers.ToList();
        var keys = BibTexKeys.For(list);
        for (var i = 0; i < list.Count; i++)
        {
            if (i > 0) writer.WriteLine();
            WriteEntry(writer, list[i], keys[i]);
        }
    }

    private static void WriteEntry(TextWriter writer, Paper paper, string key)
    {
        var fields = new List<(string Name, string Value, bool Bare)> { ("title", $"{{{Escape(paper.Title.Trim())}}}", false) };
        if (BibTexAuthors.From(paper.Authors) is { } authors) fields.Add(("author", Escape(authors), false));
        if (paper.Year is { } year) fields.Add(("year", year.ToString(CultureInfo.InvariantCulture), false));
        // A month is one of BibTeX's own macros ("month = jun"), not text in braces.
        if (paper.Month is { } month) fields.Add(("month", MonthNames[month - 1], true));
        var arxiv = paper.ArxivId is { } id && ArxivId.IsValid(id) ? id : null;
        var venue = VenueNames.Short(paper.Venue);
        var kind = venue is null || venue == "arXiv" ? (arxiv is null ? "misc" : "article") : IsJournal(venue, paper.Venue!) ? "article" : "inproceedings";
        if (kind == "inproceedings") fields.Add(("booktitle", Escape(paper.Venue!), false));
        else if (kind == "article" && venue is not null && venue != "arXiv") fields.Add(("journal", Escape(paper.Venue!), false));
        if (arxiv is not null)
        {
            if (kind == "article" && (venue is null || venue == "arXiv")) fields.Add(("journal", $"arXiv preprint arXiv:{arxiv}", false));
            fields.Add(("eprint", arxiv, false));
            fields.Add(("archivePrefix", "arXiv", false));
            fields.Add(("url", Url($"https://arxiv.org/abs/{arxiv}"), false));
        }
        else if (MainLink(paper) is { } url)
        {
            fields.Add(("url", Url(url), false));
            fields.Add(("howpublished", $"\\url{{{Url(url)}}}", false));
        }
        if (paper.GithubRepo is { } repo) fields.Add(("code", Url($"https://github.com/{repo}"), false));
        if (paper.Abstract.Length > 0) fields.Add(("abstract", Escape(OneLine(paper.Abstract)), false));
        if (paper.Commentary is { Length: > 0 } note) fields.Add(("annote", Escape(OneLine(note)), false));
        if (paper.Category is { } category) fields.Add(("keywords", Escape(category.Name), false));

        writer.Write('@');
        writer.Write(kind);
        writer.Write('{');
        writer.Write(key);
        writer.WriteLine(',');
        for (var i = 0; i < fields.Count; i++)
        {
            writer.Write("  ");
            writer.Write(fields[i].Name);
            writer.Write(fields[i].Bare ? " = " : " = {");
            writer.Write(fields[i].Value);
            writer.Write(fields[i].Bare ? "" : "}");
            writer.WriteLine(i < fields.Count - 1 ? "," : "");
        }
        writer.WriteLine('}');
    }

    private static readonly string[] MonthNames = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

    /// <summary>Venues that are journals (their papers are <c>@article</c>); other known venues are conferences.</summary>
    private static readonly HashSet<string> Journals = ["TPAMI", "TIP", "IJCV", "TOG", "TVCG", "TMLR", "JMLR", "CGF", "Nature", "Science"];

    /// <summary>A known journal, or a venue that says it is one ("Journal of …", "IEEE Transactions on …", "… Letters").</summary>
    private static bool IsJournal(string shortName, string venue) =>
        Journals.Contains(shortName) || JournalWords().IsMatch(venue);

    [System.Text.RegularExpressions.GeneratedRegex(@"\b(?:journal|transactions|trans\.|letters|magazine)\b", System.Text.RegularExpressions.RegexOptions.IgnoreCase | System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    private static partial System.Text.RegularExpressions.Regex JournalWords();

    private static string? MainLink(Paper paper)
    {
        // BibTeX's url is read outside the app: only a web address will do.
        if (LinkUrl.IsWeb(paper.Url)) return paper.Url!.Trim();
        var links = paper.Links.OrderBy(l => l.Position).Where(l => LinkUrl.IsWeb(l.Url)).ToList();
        return (links.FirstOrDefault(l => l.Kind == LinkKind.Paper) ?? links.FirstOrDefault())?.Url;
    }

    private static string OneLine(string text) =>
        string.Join(' ', text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));

    /// <summary>Escapes { } % &amp; $ # _ ~ ^ \ so that the text is printed as written.</summary>
    public static string Escape(string text)
    {
        var sb = new StringBuilder(text.Length + 8);
        foreach (var ch in text)
        {
            sb.Append(ch switch
            {
                '\\' => "\\textbackslash{}",
                '{' or '}' or '%' or '&' or '$' or '#' or '_' => "\\" + ch,
                '~' => "\\textasciitilde{}",
                '^' => "\\textasciicircum{}",
                _ => ch.ToString(),
            });
        }
        return sb.ToString();
    }

    /// <summary>URLs are verbatim in biblatex; only braces (which would unbalance the field) are percent-encoded.</summary>
    private static string Url(string url) =>
        url.Replace("{", "%7B", StringComparison.Ordinal).Replace("}", "%7D", StringComparison.Ordinal).Replace("\\", "%5C", StringComparison.Ordinal);
}
