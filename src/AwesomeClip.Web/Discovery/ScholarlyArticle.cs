using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Unicode;
using AwesomeClip.Core.Catalog;

namespace AwesomeClip.Web.Discovery;

/// <summary>A paper as schema.org's ScholarlyArticle, in JSON-LD: what search engines read to show it as a paper.</summary>
public static class ScholarlyArticle
{
    // Escapes what could end the <script> element or confuse an HTML parser (<, >, &, quotes); keeps Chinese readable.
    public static readonly JsonSerializerOptions JsonOptions = new() { Encoder = JavaScriptEncoder.Create(UnicodeRanges.All) };

    public static string Json(PaperDetails paper, string url, string? imageUrl, string listName) =>
        Of(paper, url, imageUrl, listName).ToJsonString(JsonOptions);

    public static JsonObject Of(PaperDetails paper, string url, string? imageUrl, string listName)
    {
        ArgumentNullException.ThrowIfNull(paper);
        var article = new JsonObject
        {
            ["@context"] = "https://schema.org",
            ["@type"] = "ScholarlyArticle",
            ["name"] = paper.Title,
            ["headline"] = paper.Title.Length <= 110 ? paper.Title : paper.Title[..109] + "…",
            ["url"] = url,
        };
        if (!string.IsNullOrWhiteSpace(paper.Abstract)) article["abstract"] = paper.Abstract.Trim();
        if (AuthorNames.Split(paper.Authors) is { Count: > 0 } authors)
            article["author"] = new JsonArray([.. authors.Select(a => (JsonNode)new JsonObject { ["@type"] = "Person", ["name"] = a })]);
        if (paper.Date is { } date) article["datePublished"] = date;
        if (imageUrl is not null) article["image"] = imageUrl;
        var sameAs = SameAs(paper).ToList();
        if (sameAs.Count > 0) article["sameAs"] = new JsonArray([.. sameAs.Select(u => (JsonNode)u)]);
        if (paper.ArxivId is { } arxiv)
            article["identifier"] = new JsonObject { ["@type"] = "PropertyValue", ["propertyID"] = "arXiv", ["value"] = arxiv };
        if (paper.Venue is { } venue) article["publication"] = new JsonObject { ["@type"] = "PublicationEvent", ["name"] = venue };
        // schema.org puts codeRepository on the code, not on the article: the paper's code is an example of its work.
        if (CodeRepository(paper) is { } repo)
            article["workExample"] = new JsonObject { ["@type"] = "SoftwareSourceCode", ["codeRepository"] = repo };
        article["about"] = paper.Category.Name;
        article["isPartOf"] = new JsonObject { ["@type"] = "CreativeWork", ["name"] = listName };
        return article;
    }

    /// <summary>The repository a star badge names, else the first link to code (GitHub or any host).</summary>
    private static string? CodeRepository(PaperDetails paper) =>
        paper.GithubRepo is { } repo
            ? $"https://github.com/{repo}"
            : paper.Links.FirstOrDefault(l => l.Kind is LinkKind.Github or LinkKind.Code && LinkUrl.IsWeb(l.Url))?.Url;

    private static IEnumerable<string> SameAs(PaperDetails paper)
    {
        if (LinkUrl.IsWeb(paper.Url)) yield return paper.Url!;
        if (paper.ArxivId is { } arxiv && !(paper.Url ?? "").Contains(arxiv, StringComparison.Ordinal)) yield return $"https://arxiv.org/abs/{arxiv}";
    }
}
