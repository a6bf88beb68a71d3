using AwesomeClip.Core.Catalog;

namespace AwesomeClip.Core.Import.Parsing;

/// <summary>An entry while its readers fill it in; parts carry absolute positions until <see cref="Build"/>.</summary>
internal sealed class EntryDraft
{
    public string? Title { get; set; }

    /// <summary>True when the title was bold (tables warn about the odd row that is not).</summary>
    public bool TitleBold { get; set; }

    public string? Url { get; set; }

    public string? Authors { get; set; }

    public string? Venue { get; set; }

    public int? Year { get; private set; }

    public YearSource YearSource { get; private set; }

    public int? Month { get; private set; }

    public int? Day { get; private set; }

    public string Abstract { get; set; } = "";

    public string? Commentary { get; set; }

    public string? GithubRepo { get; set; }

    public List<LinkValue> Links { get; } = [];

    public List<string> Figures { get; } = [];

    public List<ExtraField> Extras { get; } = [];

    public List<ShapePart> Parts { get; } = [];

    public List<ShapeCell> Cells { get; } = [];

    /// <summary>Set for rows of a table that gives years in year rows: a row above them has no year, whatever its links say.</summary>
    public bool YearFromRowsOnly { get; set; }

    /// <summary>The authors read as names for sure ("et al.", initials, "A and B", several names), not just capitalised words.</summary>
    public bool StrongAuthors { get; set; }

    public bool HasMeta => Authors is not null || Venue is not null || Year is not null;

    /// <summary>Links that leave the page (not <c>#anchors</c>): the strongest sign that an item is an entry.</summary>
    public int OutboundLinks => Links.Count(l => !l.Url.StartsWith('#')) + (Url is { } u && !u.StartsWith('#') ? 1 : 0);

    /// <summary>Takes a year unless a better source already gave one (a year column beats a year row, a date beats a venue).</summary>
    public bool OfferYear(int year, YearSource source, int? month = null, int? day = null)
    {
        if (!PaperDates.IsYear(year)) return false;
        if (Year is not null && YearSource <= source) return false;
        Year = year;
        YearSource = source;
        (Month, Day) = PaperDates.IsValid(year, month, day) ? (month, day) : (null, null);
        return true;
    }

    public void AddLink(LinkKind kind, string label, string url) => Links.Add(new LinkValue(kind, label, url));

    public ParsedPaper Build(EntryLayout layout, int firstLine, int lastLine, SourceText source, int? listYear = null)
    {
        var text = source.Lines(firstLine, lastLine);
        var refused = RefuseLinks(source);
        var (title, hidden) = Admin.VisibleText.Strip(Title!);
        var parts = Parts.Select(p => Relative(p, source, firstLine)).ToList();
        var cells = Cells.Select(c => c with { Start = source.OffsetIn(firstLine, c.Start), End = source.OffsetIn(firstLine, c.End) }).ToList();
        var arxiv = ArxivId.FromLinks(Url, Links.Select(l => l.Url));
        if (Year is null && !YearFromRowsOnly && listYear is { } ly) OfferYear(ly, YearSource.ListTitle);
        if (Year is null && !YearFromRowsOnly && ArxivId.Year(arxiv) is { } y) OfferYear(y, YearSource.ArxivId);
        return new ParsedPaper(title, Year, Abstract, Commentary, Links.ToList(), GithubRepo, arxiv, Figures.ToList(), firstLine + 1, text)
        {
            Url = Url,
            Authors = Authors,
            Venue = Venue,
            Month = Month,
            Day = Day,
            YearSource = YearSource,
            Extras = Extras.ToList(),
            Layout = layout,
            LineCount = lastLine - firstLine + 1,
            Shape = EntryShape.Of(layout, parts, cells),
            RefusedLinks = refused,
            InvisibleInTitle = hidden,
        };
    }

    /// <summary>
    /// Takes out the links <see cref="LinkUrl"/> refuses (javascript:, data:, //host, credentials…): they are not stored,
    /// their text stays in the entry as it is written (a kept part), and the report names them with their line.
    /// </summary>
    private List<RefusedLink> RefuseLinks(SourceText source)
    {
        var refused = new List<RefusedLink>();
        if (Url is { } url && LinkUrl.Problem(url) is { } titleProblem)
        {
            var title = Parts.FindIndex(p => p.Kind == PartKind.Title);
            var at = title >= 0 ? Parts[title].UrlStart : -1;
            refused.Add(new RefusedLink(source.LineOf(at >= 0 ? at : title >= 0 ? Parts[title].Start : 0) + 1, Title ?? "", url, titleProblem));
            if (title >= 0) Parts[title] = Parts[title] with { UrlStart = -1, UrlEnd = -1 };
            Url = null;
        }
        if (Links.All(l => LinkUrl.IsAllowed(l.Url))) return refused;
        var kept = new List<LinkValue>();
        var newIndex = new int[Links.Count];
        for (var i = 0; i < Links.Count; i++)
        {
            if (LinkUrl.Problem(Links[i].Url) is { } problem)
            {
                newIndex[i] = -1;
                var part = Parts.Find(p => p.Kind == PartKind.Link && p.Index == i);
                refused.Add(new RefusedLink(source.LineOf(part?.Start ?? 0) + 1, Links[i].Label, Links[i].Url, problem));
                continue;
            }
            newIndex[i] = kept.Count;
            kept.Add(Links[i]);
        }
        for (var p = 0; p < Parts.Count; p++)
        {
            if (Parts[p].Kind != PartKind.Link) continue;
            Parts[p] = newIndex[Parts[p].Index] is var n && n < 0 ? Parts[p] with { Kind = PartKind.Keep, Index = -1 } : Parts[p] with { Index = n };
        }
        Links.Clear();
        Links.AddRange(kept);
        return refused;
    }

    private static ShapePart Relative(ShapePart p, SourceText source, int firstLine) => p with
    {
        Start = source.OffsetIn(firstLine, p.Start),
        End = source.OffsetIn(firstLine, p.End),
        ValueStart = source.OffsetIn(firstLine, p.ValueStart),
        ValueEnd = source.OffsetIn(firstLine, p.ValueEnd),
        UrlStart = p.UrlStart < 0 ? -1 : source.OffsetIn(firstLine, p.UrlStart),
        UrlEnd = p.UrlEnd < 0 ? -1 : source.OffsetIn(firstLine, p.UrlEnd),
    };
}
