using System.Text.RegularExpressions;

namespace AwesomeClip.Core.Import.Parsing;

/// <summary>Reads one raw HTML tag that Markdig handed over as an <c>HtmlInline</c>.</summary>
internal static partial class HtmlTag
{
    [GeneratedRegex(@"^<\s*br\s*/?\s*>$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex LineBreak();

    [GeneratedRegex(@"^<\s*img\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Img();

    // Attribute syntax allows white space around '=' (the list has src= "./images/X.png").
    [GeneratedRegex(@"\ssrc\s*=\s*(?:""(?<v>[^""]*)""|'(?<v>[^']*)'|(?<v>[^\s""'=<>`]+))", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Src();

    public static bool IsLineBreak(string tag) => LineBreak().IsMatch(tag.Trim());

    public static bool IsImage(string tag) => Img().IsMatch(tag);

    public static string? ImageSource(string tag)
    {
        if (!IsImage(tag)) return null;
        var m = Src().Match(tag);
        return m.Success ? m.Groups["v"].Value.Trim() : null;
    }
}
