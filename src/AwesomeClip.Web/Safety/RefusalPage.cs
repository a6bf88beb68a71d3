using System.Globalization;
using System.Text.Encodings.Web;
using AwesomeClip.Web.Shared;
using Microsoft.Extensions.Localization;

namespace AwesomeClip.Web.Safety;

/// <summary>
/// The small page that middleware answers with when it refuses a request before any component runs (a form too large,
/// too many posts, the database away): in the reader's language, the request's culture chosen already (ADR-035).
/// </summary>
public static class RefusalPage
{
    /// <param name="body">Already encoded HTML: the paragraphs under the heading.</param>
    public static Task WriteAsync(HttpContext context, string title, string heading, string body, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(context);
        var L = context.RequestServices.GetRequiredService<IStringLocalizer<SharedStrings>>();
        var encoder = HtmlEncoder.Default;
        context.Response.ContentType = "text/html; charset=utf-8";
        return context.Response.WriteAsync($"""
            <!DOCTYPE html>
            <html lang="{CultureInfo.CurrentUICulture.Name}"><head><meta charset="utf-8"><title>{encoder.Encode(title)} — AwesomeClip</title>
            <link rel="stylesheet" href="/app.css"></head>
            <body><main class="wrap"><h1>{encoder.Encode(heading)}</h1>{body}
            <p><a href="/">{encoder.Encode(L["Back to the catalog"])}</a></p></main></body></html>
            """, ct);
    }

    /// <summary>One encoded paragraph.</summary>
    public static string Paragraph(string text, bool alert = false) =>
        $"<p{(alert ? " role=\"alert\"" : "")}>{HtmlEncoder.Default.Encode(text)}</p>";
}
