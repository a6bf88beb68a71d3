using System.Net;
using System.Text.RegularExpressions;

namespace AwesomeClip.Web.Tests.TestSupport;

/// <summary>Posts statically rendered Blazor forms the way a browser does: antiforgery token from the page, form name in _handler.</summary>
public static partial class Forms
{
    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"(?<token>[^\"]+)\"")]
    private static partial Regex Token();

    public static async Task<string> TokenAsync(this HttpClient client, string url)
    {
        var html = await client.GetStringAsync(url);
        var m = Token().Match(html);
        Assert.True(m.Success, $"no antiforgery token on {url}");
        return WebUtility.HtmlDecode(m.Groups["token"].Value);
    }

    public static async Task<HttpResponseMessage> PostFormAsync(this HttpClient client, string url, string formName, params (string Name, string Value)[] fields)
    {
        var token = await client.TokenAsync(url);
        var content = new FormUrlEncodedContent([new("_handler", formName), new("__RequestVerificationToken", token), .. fields.Select(f => new KeyValuePair<string, string>(f.Name, f.Value))]);
        return await client.PostAsync(url, content);
    }

    public static async Task<HttpResponseMessage> PostMultipartAsync(this HttpClient client, string url, string formName, MultipartFormDataContent content)
    {
        var token = await client.TokenAsync(url);
        content.Add(new StringContent(formName), "_handler");
        content.Add(new StringContent(token), "__RequestVerificationToken");
        return await client.PostAsync(url, content);
    }
}
