using System.Net;
using AngleSharp.Html.Dom;

namespace AwesomeClip.Web.Tests.TestSupport;

/// <summary>
/// Fills the "Suggest a paper" form like a reader: open it, check, then send with what the check page carries (the
/// form's token, the key of what was checked and a fresh antiforgery token).
/// <code>
/// var sent = await SuggestionForms.CheckAndSendAsync(client, SuggestionForms.Fields("A new paper", "2401.00001"));
/// </code>
/// </summary>
public static class SuggestionForms
{
    public const string Page = "/suggest";
    public const string FormName = "suggest";

    /// <summary>The reader's fields, as the form names them; the category is a slug.</summary>
    public static Dictionary<string, string> Fields(string title, string url, string category = "train", string note = "", string contact = "") => new()
    {
        ["Input.Title"] = title,
        ["Input.Url"] = url,
        ["Input.Category"] = category,
        ["Input.Note"] = note,
        ["Input.Contact"] = contact,
        ["Input.Subject"] = "",
    };

    /// <summary>Opens the form and presses Check.</summary>
    public static async Task<HttpResponseMessage> CheckAsync(HttpClient client, Dictionary<string, string> fields)
    {
        var form = await Html.GetAsync(client, Page);
        return await PostAsync(client, form, fields, "check");
    }

    /// <summary>Presses a button of the page <paramref name="page"/> shows, with its hidden fields and the given ones.</summary>
    public static Task<HttpResponseMessage> PostAsync(HttpClient client, IHtmlDocument page, Dictionary<string, string> fields, string step)
    {
        var body = new Dictionary<string, string>(fields)
        {
            ["_handler"] = FormName,
            [Forms.TokenField] = Hidden(page, Forms.TokenField)!,
            ["Input.Token"] = Hidden(page, "Input.Token") ?? "",
            ["Input.Checked"] = Hidden(page, "Input.Checked") ?? "",
            ["Input.Step"] = step,
        };
        return client.PostAsync(Page, new FormUrlEncodedContent(body));
    }

    /// <summary>Checks, then sends from the check page; the answer to the send (302 to the confirmation when stored).</summary>
    public static async Task<HttpResponseMessage> CheckAndSendAsync(HttpClient client, Dictionary<string, string> fields)
    {
        var checkedPage = await ParseAsync(await CheckAsync(client, fields));
        return await PostAsync(client, checkedPage, fields, "send");
    }

    public static async Task<IHtmlDocument> ParseAsync(HttpResponseMessage response)
    {
        var html = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{(int)response.StatusCode}: {html}");
        return Html.Parse(html);
    }

    public static string? Hidden(IHtmlDocument page, string name) =>
        page.QuerySelector($"input[name='{name}']")?.GetAttribute("value");
}
