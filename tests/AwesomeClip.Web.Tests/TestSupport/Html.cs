using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;

namespace AwesomeClip.Web.Tests.TestSupport;

/// <summary>Statically rendered pages as documents, to assert on elements rather than on markup spelling.</summary>
public static class Html
{
    private static readonly HtmlParser Parser = new();

    public static IHtmlDocument Parse(string html) => Parser.ParseDocument(html);

    /// <summary>GETs the page (it must answer 200) and parses it.</summary>
    public static async Task<IHtmlDocument> GetAsync(HttpClient client, string url)
    {
        var response = await client.GetAsync(url);
        var html = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"GET {url} answered {(int)response.StatusCode}");
        return Parse(html);
    }

    /// <summary>The element's text with runs of white space as one space.</summary>
    public static string Text(this IElement element) =>
        string.Join(' ', element.TextContent.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    public static IReadOnlyList<string> Texts(this IParentNode node, string selector) =>
        [.. node.QuerySelectorAll(selector).Select(Text)];
}
