using AngleSharp.Css.Dom;
using AngleSharp.Html.Dom;
using Ganss.Xss;
using Microsoft.AspNetCore.Components;

namespace AwesomeClip.Web.Safety;

/// <summary>
/// The one place where HTML is rendered as HTML (<see cref="MarkupString"/>): search highlights and any other formatted
/// text go through a strict allowlist — p, br, em, strong, mark, and a with absolute http(s) href. Everything else
/// (script, style, forms, svg, math, event handlers, javascript:/data:/relative URLs) is removed.
/// A test fails when <see cref="MarkupString"/> is used anywhere else.
/// </summary>
public sealed class HtmlSafety
{
    public const string LinkRel = "noopener noreferrer nofollow";

    private readonly HtmlSanitizer sanitizer;

    public HtmlSafety()
    {
        sanitizer = new HtmlSanitizer(new HtmlSanitizerOptions
        {
            AllowedTags = new HashSet<string>(["p", "br", "a", "mark", "em", "strong"], StringComparer.OrdinalIgnoreCase),
            AllowedAttributes = new HashSet<string>(["href", "rel"], StringComparer.OrdinalIgnoreCase),
            AllowedSchemes = new HashSet<string>(["http", "https"], StringComparer.OrdinalIgnoreCase),
            UriAttributes = new HashSet<string>(["href"], StringComparer.OrdinalIgnoreCase),
            AllowedCssProperties = new HashSet<string>(StringComparer.OrdinalIgnoreCase),
            AllowedAtRules = new HashSet<CssRuleType>(),
        });
        // The sanitizer keeps relative URLs; only absolute http(s) links are wanted.
        sanitizer.FilterUrl += (_, e) =>
        {
            if (!SafeUrl.IsHttp(e.SanitizedUrl)) e.SanitizedUrl = null;
        };
        sanitizer.PostProcessNode += (_, e) =>
        {
            if (e.Node is IHtmlAnchorElement a)
            {
                if (a.HasAttribute("href")) a.SetAttribute("rel", LinkRel);
                else a.RemoveAttribute("rel");
            }
        };
    }

    /// <summary>The HTML with everything outside the allowlist removed, ready to render.</summary>
    public MarkupString Sanitize(string? html) => new(SanitizeToString(html));

    public string SanitizeToString(string? html) => string.IsNullOrEmpty(html) ? "" : sanitizer.Sanitize(html);
}

public static class HtmlSafetyServiceCollectionExtensions
{
    public static IServiceCollection AddHtmlSafety(this IServiceCollection services) => services.AddSingleton<HtmlSafety>();
}
