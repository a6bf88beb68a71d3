using System.Net;
using System.Text.RegularExpressions;

namespace AwesomeClip.Web.Tests.TestSupport;

/// <summary>Posts statically rendered Blazor forms the way a browser does: GET the page, take its antiforgery token, POST.</summary>
public static partial class Forms
{
    public const string TokenField = "__RequestVerificationToken";

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"(?<token>[^\"]+)\"")]
    private static partial Regex TokenInput();

    /// <summary>The antiforgery token of the first form on the page (GET must answer 200).</summary>
    public static async Task<string> TokenAsync(HttpClient client, string pageUrl)
    {
        var response = await client.GetAsync(pageUrl);
        var html = await response.Content.ReadAsStringAsync();
        if (response.StatusCode != HttpStatusCode.OK)
            throw new InvalidOperationException($"GET {pageUrl} answered {(int)response.StatusCode}, so there is no form to post.");
        return TokenOf(html, pageUrl);
    }

    /// <summary>The antiforgery token of the first form in <paramref name="html"/>.</summary>
    public static string TokenOf(string html, string? pageUrl = null)
    {
        var match = TokenInput().Match(html);
        return match.Success ? WebUtility.HtmlDecode(match.Groups["token"].Value) : throw new InvalidOperationException($"{pageUrl ?? "The page"} has no antiforgery token.");
    }

    /// <summary>Posts the form named <paramref name="formName"/> (its <c>FormName</c>/<c>@formname</c>) to the page's own URL.</summary>
    public static async Task<HttpResponseMessage> PostAsync(HttpClient client, string pageUrl, string formName, Dictionary<string, string> fields)
    {
        var token = await TokenAsync(client, pageUrl);
        return await PostWithoutFetchingAsync(client, pageUrl, formName, fields, token);
    }

    /// <summary>Posts a plain form of <paramref name="pageUrl"/> to another URL (e.g. sign-out from any page), with the page's token.</summary>
    public static async Task<HttpResponseMessage> PostToAsync(HttpClient client, string pageUrl, string actionUrl, Dictionary<string, string>? fields = null)
    {
        var token = await TokenAsync(client, pageUrl);
        return await client.PostAsync(actionUrl, new FormUrlEncodedContent(new Dictionary<string, string>(fields ?? []) { [TokenField] = token }));
    }

    /// <summary>Posts with the given token (or none): for tests of missing or stolen tokens.</summary>
    public static Task<HttpResponseMessage> PostWithoutFetchingAsync(HttpClient client, string url, string formName, Dictionary<string, string> fields, string? token)
    {
        var body = new Dictionary<string, string>(fields) { ["_handler"] = formName };
        if (token is not null) body[TokenField] = token;
        return client.PostAsync(url, new FormUrlEncodedContent(body));
    }
}
