using AwesomeClip.Core.Catalog;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Util;
using F = AwesomeClip.Core.Search.SearchFields;

namespace AwesomeClip.Core.Search;

/// <summary>Maps a paper (with its category and links loaded) to its Lucene document and back.</summary>
internal static class PaperDocument
{
    /// <summary>Bump when fields or analysis change: an index built by another mapping is rebuilt at startup.</summary>
    public const string MappingVersion = "paper-doc-v4";

    public static Term IdTerm(int paperId) => new(F.Id, paperId.ToString(System.Globalization.CultureInfo.InvariantCulture));

    public static Document From(Paper paper, CategoryPaths paths)
    {
        var category = paper.Category;
        var (path, ancestors) = paths.Of(category);
        var body = new[] { paper.Abstract, paper.Commentary }.Where(t => !string.IsNullOrWhiteSpace(t)).Cast<string>().ToList();
        var doc = new Document
        {
            new StringField(F.Id, IdTerm(paper.Id).Text, Field.Store.YES),
            new TextField(F.Title, paper.Title, Field.Store.YES),
            new TextField(F.TitleEnglish, paper.Title, Field.Store.NO),
            new TextField(F.Names, Names(paper), Field.Store.NO),
            new TextField(F.BodyNames, NameTokens.Join(body), Field.Store.NO),
            new StoredField(F.Abstract, paper.Abstract),
            new TextField(F.Category, category.Name, Field.Store.NO),
            new StringField(F.CategorySlug, category.Slug, Field.Store.YES),
            new StoredField(F.CategoryName, category.Name),
            new SortedDocValuesField(F.CategoryFacet, new BytesRef(CategoryFacetValue.Of(category.Slug, category.Name, path, ancestors))),
            // 0 stands for "no year" inside the index: it never passes a year filter and has no year facet.
            new StoredField(F.Year, paper.Year ?? 0),
            new NumericDocValuesField(F.Year, paper.Year ?? 0),
            new NumericDocValuesField(F.ListOrder, ((long)category.Order << 20) + paper.Position),
            new NumericDocValuesField(F.HasCode, HasCode(paper) ? 1 : 0),
        };
        if (!string.IsNullOrWhiteSpace(paper.Commentary)) doc.Add(new StoredField(F.Commentary, paper.Commentary));
        if (!string.IsNullOrWhiteSpace(paper.Authors)) doc.Add(new TextField(F.Authors, paper.Authors, Field.Store.YES));
        if (VenueNames.Short(paper.Venue) is { } venue)
        {
            doc.Add(new TextField(F.Venue, paper.Venue + " " + venue, Field.Store.NO));
            doc.Add(new StoredField(F.Venue, paper.Venue!));
            doc.Add(new SortedDocValuesField(F.VenueFacet, new BytesRef(venue)));
        }
        if (paper.Month is not null && PaperDates.Iso(paper.Year, paper.Month, paper.Day) is { } date) doc.Add(new StoredField(F.Date, date));
        foreach (var text in body)
        {
            doc.Add(new TextField(F.BodyEnglish, text, Field.Store.NO));
            doc.Add(new TextField(F.BodyChinese, text, Field.Store.NO));
            doc.Add(new TextField(F.BodyBigrams, text, Field.Store.NO));
        }
        if (paper.Figures.OrderBy(f => f.Position).FirstOrDefault() is { } figure) doc.Add(new StoredField(F.Figure, figure.Path));
        foreach (var link in RowLinks.Pick(paper.Links.OrderBy(l => l.Position).Select(l => new LinkView(l.Kind, l.Label, l.Url))))
            doc.Add(new StoredField(F.RowLinks, string.Join(F.FacetSeparator, link.Kind.ToWireName(), link.Label, link.Url)));
        foreach (var kind in paper.Links.Select(l => l.Kind).Distinct())
            doc.Add(new StringField(F.LinkKinds, kind.ToWireName(), Field.Store.NO));
        return doc;
    }

    public static bool HasCode(Paper paper) => PaperCode.Of(paper);

    /// <summary>Title words as exact names, plus the repository (<c>owner/name</c>, owner, name) and the arXiv id.</summary>
    private static string Names(Paper paper)
    {
        var names = new List<string> { paper.Title };
        if (paper.GithubRepo is { } repo) names.AddRange(repo.Split('/'));
        if (paper.ArxivId is { } arxiv) names.Add(arxiv);
        var joined = NameTokens.Join(names);
        return paper.GithubRepo is { } r ? joined + " " + r.ToLowerInvariant() : joined;
    }

    public static int PaperId(Document doc) => int.Parse(doc.Get(F.Id), System.Globalization.CultureInfo.InvariantCulture);
}
