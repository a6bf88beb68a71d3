using System.Globalization;
using System.Text.RegularExpressions;
using AwesomeClip.Core.Catalog;
using AwesomeClip.Core.Import.Parsing;

namespace AwesomeClip.Core.Export.Rendering;

/// <summary>An entry (or a table cell) as text with its parts: what a rewrite starts from or borrows from.</summary>
internal sealed record ShapedText(string Text, IReadOnlyList<ShapePart> Parts, IReadOnlyList<LinkValue> Links);

/// <summary>
/// Rewrites an entry's text so that its parts say new values, keeping everything between the parts (its punctuation,
/// its spacing, its markup) as it was: a title fix changes the title's characters and nothing else. A part whose value
/// is gone is removed with its separator; a value the entry has no part for is inserted the way another entry of the
/// section writes it (<c>donors</c>). Returns null when the entry's structure cannot hold the values (a title that
/// gains a link it never had), so that the caller can start from another entry.
/// </summary>
internal static partial class EntryRewriter
{
    private static readonly string[] MonthNames = CultureInfo.InvariantCulture.DateTimeFormat.AbbreviatedMonthNames;
    private static readonly string[] FullMonthNames = CultureInfo.InvariantCulture.DateTimeFormat.MonthNames;

    [GeneratedRegex(@"^(?<y>\d{4})(?<sep>[-/.])(?<m>\d{1,2})(?:[-/.](?<d>\d{1,2}))?$", RegexOptions.CultureInvariant)]
    private static partial Regex IsoDate();

    [GeneratedRegex(@"^\d{1,2}(?:st|nd|rd|th)?\s+\p{L}+\.?,?\s+\d{4}$", RegexOptions.CultureInvariant)]
    private static partial Regex DayFirst();

    [GeneratedRegex(@"^\p{L}+\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}$", RegexOptions.CultureInvariant)]
    private static partial Regex MonthFirst();

    private sealed class Piece(PartKind? kind, string text, ShapePart? part = null)
    {
        public PartKind? Kind { get; } = kind;

        public string Text { get; set; } = text;

        public ShapePart? Part { get; } = part;

        public bool Dropped { get; set; }

        public bool IsGlue => Kind is null;
    }

    /// <param name="own">True when <paramref name="shape"/> is the entry's own text (its kept parts stay).</param>
    public static string? Rewrite(ShapedText shape, EntrySlots slots, IReadOnlyList<ShapedText> donors, Escaping escaping, bool own)
    {
        var pieces = Pieces(shape);
        var parts = pieces.Where(p => !p.IsGlue).ToList();
        foreach (var piece in parts)
        {
            var part = piece.Part!;
            var raw = piece.Text;
            var value = part.Kind switch
            {
                PartKind.Title => slots.Title is null ? null : Title(part, shape.Text, slots, escaping),
                PartKind.Authors => Value(part, shape.Text, slots.Authors, escaping.Text),
                PartKind.Venue => Value(part, shape.Text, slots.Venue, escaping.Text),
                PartKind.Abstract => Value(part, shape.Text, slots.Abstract, escaping.Prose),
                PartKind.Commentary => Value(part, shape.Text, slots.Commentary, escaping.Prose),
                PartKind.Extra => Value(part, shape.Text, slots.Extra, escaping.Text),
                PartKind.Year => slots.Year is { } y ? Splice(part, shape.Text, YearText(part, shape.Text, y)) : null,
                PartKind.Date => slots.Year is { } dy && slots.Month is { } m ? Splice(part, shape.Text, DateText(part, shape.Text, dy, m, slots.Day)) : null,
                PartKind.Badge => slots.Repo is null ? null : GithubRepoOf(raw) == slots.Repo ? raw : Badge(slots.Repo),
                PartKind.Keep => own ? raw : null,
                PartKind.Link or PartKind.Figure => raw, // placed below
                _ => raw,
            };
            if (part.Kind == PartKind.Title && slots.Title is not null && value is null) return null;
            if (value is null) piece.Dropped = true;
            else piece.Text = value;
        }
        if (!PlaceLinks(pieces, shape, slots.Links, donors, escaping)) return null;
        if (!PlaceFigures(pieces, shape, slots.Figures, donors)) return null;
        if (!Insert(pieces, slots, donors, escaping)) return null;
        DropMarked(pieces);
        return string.Concat(pieces.Select(p => p.Text));
    }

    private static List<Piece> Pieces(ShapedText shape)
    {
        var pieces = new List<Piece>();
        var at = 0;
        foreach (var part in shape.Parts)
        {
            if (part.Start < at) continue; // nested in the previous part
            pieces.Add(new Piece(null, shape.Text[at..part.Start]));
            pieces.Add(new Piece(part.Kind, shape.Text[part.Start..part.End], part));
            at = part.End;
        }
        pieces.Add(new Piece(null, shape.Text[at..]));
        return pieces;
    }

    private static string? Value(ShapePart part, string text, string? value, Func<string, string> escape) =>
        value is null ? null : Splice(part, text, escape(value));

    /// <summary>The part's text with its value replaced.</summary>
    private static string Splice(ShapePart part, string text, string value) =>
        text[part.Start..part.ValueStart] + value + text[part.ValueEnd..part.End];

    private static string? Title(ShapePart part, string text, EntrySlots slots, Escaping escaping)
    {
        var title = escaping.Text(slots.Title!);
        if (part.HasUrl != (slots.Url is not null)) return null;
        if (!part.HasUrl) return Splice(part, text, title);
        if (part.UrlStart < part.ValueEnd) return null;
        return text[part.Start..part.ValueStart] + title + text[part.ValueEnd..part.UrlStart] + Escaping.Url(slots.Url!) + text[part.UrlEnd..part.End];
    }

    private static string YearText(ShapePart part, string text, int year) =>
        part.ValueEnd - part.ValueStart == 2 ? (year % 100).ToString("00", CultureInfo.InvariantCulture) : year.ToString(CultureInfo.InvariantCulture);

    /// <summary>A date written the way the entry wrote its old one ("16 Oct 2023", "2023-10-16", "Oct 2023").</summary>
    private static string DateText(ShapePart part, string text, int year, int month, int? day)
    {
        var old = text[part.ValueStart..part.ValueEnd].Trim();
        var y = year.ToString(CultureInfo.InvariantCulture);
        var iso = IsoDate().Match(old);
        if (iso.Success)
        {
            var sep = iso.Groups["sep"].Value;
            var pad = iso.Groups["m"].Length == 2 ? "00" : "0";
            var result = y + sep + month.ToString(pad, CultureInfo.InvariantCulture);
            return day is { } d ? result + sep + d.ToString(pad, CultureInfo.InvariantCulture) : result;
        }
        var full = old.Split(' ', ',').Any(w => FullMonthNames.Contains(w, StringComparer.OrdinalIgnoreCase) && w.Length > 3);
        var name = full ? FullMonthNames[month - 1] : MonthNames[month - 1];
        var padDay = Regex.IsMatch(old, @"^0\d") ? "00" : "0";
        if (day is { } dd && MonthFirst().IsMatch(old)) return $"{name} {dd.ToString(padDay, CultureInfo.InvariantCulture)}, {y}";
        if (day is { } d2) return $"{d2.ToString(padDay, CultureInfo.InvariantCulture)} {name} {y}";
        return $"{name} {y}";
    }

    private static string Badge(string repo) =>
        $"[![Star](https://img.shields.io/github/stars/{repo}.svg?style=social&label=Star)](https://github.com/{repo})";

    private static string? GithubRepoOf(string badge)
    {
        var m = Regex.Match(badge, @"img\.shields\.io/github/stars/(?<repo>[^/\s?#)]+/[^/\s?#).]+)");
        return m.Success ? m.Groups["repo"].Value : null;
    }

    /// <summary>
    /// Puts the new links into the link parts: unchanged links keep their text, the rest are rewritten in order, extra
    /// parts are dropped, and extra links go after the link before them, written like the entry's other links.
    /// </summary>
    private static bool PlaceLinks(List<Piece> pieces, ShapedText shape, IReadOnlyList<LinkValue> links, IReadOnlyList<ShapedText> donors, Escaping escaping)
    {
        var linkPieces = pieces.Where(p => p.Kind == PartKind.Link).ToList();
        var old = linkPieces.Select(p => p.Part!.Index >= 0 && p.Part.Index < shape.Links.Count ? shape.Links[p.Part.Index] : null).ToList();
        var pairs = Align(old, links);
        var holder = new Dictionary<int, Piece>();
        for (var i = 0; i < linkPieces.Count; i++)
        {
            if (pairs[i] is not { } n) { linkPieces[i].Dropped = true; continue; }
            holder[n] = linkPieces[i];
            if (old[i] != links[n]) linkPieces[i].Text = LinkText(linkPieces[i].Part!, shape.Text, links[n], escaping);
        }
        if (holder.Count == links.Count) return true;

        // A new link is written like this entry's last link (else like a donor's), with the separator between links.
        var model = linkPieces.LastOrDefault();
        var (template, templateText) = model is not null ? (model.Part!, shape.Text) : DonorTemplate(donors, PartKind.Link) is { } d ? (d.Part, d.Text) : (null!, "");
        if (template is null) return false;
        var separator = SeparatorBetween(pieces, PartKind.Link) ?? SeparatorFrom(donors, PartKind.Link) ?? " ";
        for (var n = 0; n < links.Count; n++)
        {
            if (holder.ContainsKey(n)) continue;
            var piece = new Piece(PartKind.Link, LinkText(template, templateText, links[n], escaping));
            if (holder.TryGetValue(n - 1, out var previous)) InsertAfter(pieces, pieces.IndexOf(previous), separator, piece);
            else if (holder.Where(h => h.Key > n).OrderBy(h => h.Key).Select(h => h.Value).FirstOrDefault() is { } next) InsertBefore(pieces, pieces.IndexOf(next), piece, separator);
            else InsertAt(pieces, AnchorFor(pieces, PartKind.Link, donors), GlueBefore(donors, PartKind.Link) ?? " ", piece);
            holder[n] = piece;
        }
        return true;
    }

    private static void InsertAfter(List<Piece> pieces, int part, string glue, Piece piece)
    {
        pieces.Insert(part + 1, new Piece(null, glue));
        pieces.Insert(part + 2, piece);
    }

    private static void InsertBefore(List<Piece> pieces, int part, Piece piece, string glue)
    {
        pieces.Insert(part, piece);
        pieces.Insert(part + 1, new Piece(null, glue));
    }

    /// <summary>After the part at <paramref name="anchor"/>, or first (after the leading text) when it is -1.</summary>
    private static void InsertAt(List<Piece> pieces, int anchor, string glue, Piece piece)
    {
        if (anchor >= 0) InsertAfter(pieces, anchor, glue, piece);
        else InsertBefore(pieces, 1, piece, pieces.Count > 2 ? glue : "");
    }

    private static string LinkText(ShapePart part, string text, LinkValue link, Escaping escaping)
    {
        if (!part.HasUrl || part.UrlStart < part.ValueEnd)
            return $"[{escaping.Label(link.Label)}]({Escaping.Url(link.Url)})";
        // A link written as its bare URL ("Paper: https://…") keeps that form.
        var bare = part.ValueStart == part.UrlStart && part.ValueEnd == part.UrlEnd;
        if (bare) return text[part.Start..part.UrlStart] + link.Url + text[part.UrlEnd..part.End];
        return text[part.Start..part.ValueStart] + (part.ValueEnd > part.ValueStart ? escaping.Label(link.Label) : "") + text[part.ValueEnd..part.UrlStart]
            + (text[part.UrlStart..part.UrlEnd] == link.Url ? link.Url : UrlIn(text, part, link.Url)) + text[part.UrlEnd..part.End];
    }

    // A bare destination in a "Label: url" line is not a markdown link: it must not be bracketed.
    private static string UrlIn(string text, ShapePart part, string url) =>
        part.UrlStart > 0 && text[part.UrlStart - 1] == '(' ? Escaping.Url(url) : url;

    /// <summary>Old link parts to new links, one to one, unchanged links first (a longest common subsequence).</summary>
    private static List<int?> Align(List<LinkValue?> old, IReadOnlyList<LinkValue> links)
    {
        var lcs = new int[old.Count + 1, links.Count + 1];
        for (var i = old.Count - 1; i >= 0; i--)
        {
            for (var j = links.Count - 1; j >= 0; j--)
                lcs[i, j] = old[i] == links[j] ? lcs[i + 1, j + 1] + 1 : Math.Max(lcs[i + 1, j], lcs[i, j + 1]);
        }

        var pairs = new List<int?>(Enumerable.Repeat<int?>(null, old.Count));
        int a = 0, b = 0;
        var equal = new List<(int, int)>();
        while (a < old.Count && b < links.Count)
        {
            if (old[a] == links[b]) { equal.Add((a, b)); a++; b++; }
            else if (lcs[a + 1, b] >= lcs[a, b + 1])
            {
                a++;
            }
            else
            {
                b++;
            }
        }
        foreach (var (i, j) in equal) pairs[i] = j;
        // Between two unchanged links, the changed ones pair up in order.
        var prevOld = -1;
        var prevNew = -1;
        foreach (var (i, j) in equal.Append((old.Count, links.Count)))
        {
            var o = prevOld + 1;
            var n = prevNew + 1;
            while (o < i && n < j) pairs[o++] = n++;
            prevOld = i;
            prevNew = j;
        }
        return pairs;
    }

    private static bool PlaceFigures(List<Piece> pieces, ShapedText shape, IReadOnlyList<string> figures, IReadOnlyList<ShapedText> donors)
    {
        var figurePieces = pieces.Where(p => p.Kind == PartKind.Figure).ToList();
        for (var i = 0; i < figurePieces.Count; i++)
        {
            if (i >= figures.Count) { figurePieces[i].Dropped = true; continue; }
            var part = figurePieces[i].Part!;
            if (shape.Text[part.ValueStart..part.ValueEnd] == figures[i]) continue;
            figurePieces[i].Text = Splice(part, shape.Text, FigureValue(shape.Text, part, figures[i]));
        }
        if (figures.Count <= figurePieces.Count) return true;
        var model = figurePieces.LastOrDefault();
        var (template, text) = model is not null ? (model.Part!, shape.Text) : DonorTemplate(donors, PartKind.Figure) is { } d ? (d.Part, d.Text) : (null!, "");
        if (template is null) return false;
        var separator = SeparatorBetween(pieces, PartKind.Figure) ?? SeparatorFrom(donors, PartKind.Figure) ?? " ";
        for (var i = figurePieces.Count; i < figures.Count; i++)
        {
            var last = pieces.FindLastIndex(p => p.Kind == PartKind.Figure && !p.Dropped);
            var figure = new Piece(PartKind.Figure, Splice(template, text, FigureValue(text, template, figures[i])));
            if (last < 0) InsertAt(pieces, AnchorFor(pieces, PartKind.Figure, donors), GlueBefore(donors, PartKind.Figure) ?? " ", figure);
            else InsertAfter(pieces, last, separator, figure);
        }
        return true;
    }

    // A figure path in src="…" cannot hold a quote of that kind; the importer reads either quote.
    private static string FigureValue(string text, ShapePart part, string path)
    {
        var quote = part.ValueStart > 0 ? text[part.ValueStart - 1] : ' ';
        return quote is '"' && path.Contains('"', StringComparison.Ordinal) ? path.Replace("\"", "&quot;", StringComparison.Ordinal) : path;
    }

    /// <summary>Values that have no part of their kind yet: written the way a donor writes them, where the donor puts them.</summary>
    private static bool Insert(List<Piece> pieces, EntrySlots slots, IReadOnlyList<ShapedText> donors, Escaping escaping)
    {
        var wanted = new (PartKind Kind, string? Value)[]
        {
            (PartKind.Badge, slots.Repo is null ? null : Badge(slots.Repo)),
            (PartKind.Authors, slots.Authors is null ? null : escaping.Text(slots.Authors)),
            (PartKind.Venue, slots.Venue is null ? null : escaping.Text(slots.Venue)),
            (PartKind.Year, slots.Year?.ToString(CultureInfo.InvariantCulture)),
            (PartKind.Date, slots.Month is null || slots.Year is null ? null : $"{slots.Year}-{slots.Month:00}" + (slots.Day is { } d ? $"-{d:00}" : "")),
            (PartKind.Abstract, slots.Abstract is null ? null : escaping.Prose(slots.Abstract)),
            (PartKind.Commentary, slots.Commentary is null ? null : escaping.Prose(slots.Commentary)),
            (PartKind.Extra, slots.Extra is null ? null : escaping.Text(slots.Extra)),
        };
        foreach (var (kind, value) in wanted)
        {
            if (value is null || pieces.Any(p => p.Kind == kind && !p.Dropped)) continue;
            // A date shows its year: an entry that writes "06 Jun 2022" and no "Venue 2022." needs no year of its own.
            if (kind == PartKind.Year && pieces.Any(p => p.Kind == PartKind.Date && !p.Dropped)) continue;
            if (DonorTemplate(donors, kind) is not { } donor)
            {
                // No entry of the list writes this field: the commonest convention ("Title, Authors, Venue Year"),
                // after the title; a cell without a donor keeps what it has (the check then says it is lost).
                if (Default(pieces, kind, value, slots) is { } fallback) InsertAt(pieces, fallback.After, fallback.Glue, new Piece(kind, fallback.Text));
                continue;
            }
            var part = donor.Part;
            var text = kind switch
            {
                PartKind.Year => Splice(part, donor.Text, YearText(part, donor.Text, slots.Year!.Value)),
                PartKind.Date => Splice(part, donor.Text, DateText(part, donor.Text, slots.Year!.Value, slots.Month!.Value, slots.Day)),
                PartKind.Badge => value,
                _ => Splice(part, donor.Text, value),
            };
            InsertAt(pieces, AnchorFor(pieces, kind, donors), GlueBefore(donors, kind) ?? " ", new Piece(kind, text));
        }
        return true;
    }

    private static (int After, string Glue, string Text)? Default(List<Piece> pieces, PartKind kind, string value, EntrySlots slots)
    {
        var title = pieces.FindIndex(p => p.Kind == PartKind.Title && !p.Dropped);
        if (title < 0) return null;
        int Last(params PartKind[] kinds) => Math.Max(title, pieces.FindLastIndex(p => p.Kind is { } k && kinds.Contains(k) && !p.Dropped));
        return kind switch
        {
            PartKind.Authors => (title, ", ", value),
            PartKind.Venue => (Last(PartKind.Authors), ", ", value),
            PartKind.Year when slots.Venue is not null || pieces.Any(p => p.Kind == PartKind.Venue && !p.Dropped) => (Last(PartKind.Venue, PartKind.Authors), " ", value),
            PartKind.Year => (title, " (", value + ")"),
            PartKind.Date => (Last(PartKind.Venue, PartKind.Year, PartKind.Authors), ", ", value),
            _ => null,
        };
    }

    /// <summary>The part a new part of <paramref name="kind"/> follows: the nearest kind before it in a donor; -1 for first.</summary>
    private static int AnchorFor(List<Piece> pieces, PartKind kind, IReadOnlyList<ShapedText> donors)
    {
        foreach (var donor in donors)
        {
            var parts = donor.Parts.OrderBy(p => p.Start).ToList();
            var at = parts.FindIndex(p => p.Kind == kind);
            if (at < 0) continue;
            for (var i = at - 1; i >= 0; i--)
            {
                var found = pieces.FindLastIndex(p => p.Kind == parts[i].Kind && !p.Dropped);
                if (found >= 0) return found;
            }
            return -1;
        }
        var title = pieces.FindIndex(p => p.Kind == PartKind.Title);
        return title >= 0 ? title : pieces.FindLastIndex(p => !p.IsGlue && !p.Dropped);
    }

    private static (ShapePart Part, string Text)? DonorTemplate(IReadOnlyList<ShapedText> donors, PartKind kind)
    {
        foreach (var donor in donors)
        {
            if (donor.Parts.LastOrDefault(p => p.Kind == kind) is { } part) return (part, donor.Text);
        }
        return null;
    }

    private static string? GlueBefore(IReadOnlyList<ShapedText> donors, PartKind kind)
    {
        foreach (var donor in donors)
        {
            var parts = donor.Parts.OrderBy(p => p.Start).ToList();
            var at = parts.FindIndex(p => p.Kind == kind);
            if (at < 0) continue;
            var start = at == 0 ? 0 : parts[at - 1].End;
            return donor.Text[start..parts[at].Start];
        }
        return null;
    }

    private static string? SeparatorBetween(List<Piece> pieces, PartKind kind)
    {
        for (var i = 0; i + 2 < pieces.Count; i++)
        {
            if (pieces[i].Kind == kind && pieces[i + 1].IsGlue && pieces[i + 2].Kind == kind) return pieces[i + 1].Text;
        }
        return null;
    }

    private static string? SeparatorFrom(IReadOnlyList<ShapedText> donors, PartKind kind)
    {
        foreach (var donor in donors)
        {
            var parts = donor.Parts.OrderBy(p => p.Start).ToList();
            for (var i = 0; i + 1 < parts.Count; i++)
            {
                if (parts[i].Kind == kind && parts[i + 1].Kind == kind) return donor.Text[parts[i].End..parts[i + 1].Start];
            }
        }
        return null;
    }

    /// <summary>Removes dropped parts with one separator each, keeping brackets balanced and line breaks where they were.</summary>
    private static void DropMarked(List<Piece> pieces)
    {
        // Pieces alternate: glue, part, glue, …, part, glue.
        for (var i = 1; i < pieces.Count - 1; i++)
        {
            if (!pieces[i].Dropped) continue;
            var before = pieces[i - 1].Text;
            var after = pieces[i + 1].Text;
            var open = before.TrimEnd();
            if (open.Length > 0 && open[^1] is '(' or '[' && after.TrimStart().StartsWith(open[^1] == '(' ? ')' : ']'))
            {
                // "(2015)" gone: both brackets go.
                before = open[..^1];
                after = after.TrimStart()[1..];
            }
            var first = !pieces.Take(i).Any(p => !p.IsGlue && !p.Dropped);
            var last = i + 1 == pieces.Count - 1;
            string glue;
            if (first) glue = before + LeadingTrim(after);
            else if (last) glue = after.Length > 0 ? after : "";
            else glue = before.Contains('\n', StringComparison.Ordinal) && !after.Contains('\n', StringComparison.Ordinal) ? before : after;
            pieces[i - 1].Text = glue;
            pieces.RemoveRange(i, 2);
            i--;
        }
    }

    // The first part gone: what followed it starts the entry, without its separator.
    private static string LeadingTrim(string glue) => glue.TrimStart(' ', ',', ';', '|', '.', '-', ':');
}
