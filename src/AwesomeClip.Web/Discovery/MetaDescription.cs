using System.Globalization;
using System.Text;

namespace AwesomeClip.Web.Discovery;

/// <summary>A page's description as previews and search results show it: one line of plain text, cut at about 160 characters.</summary>
public static class MetaDescription
{
    public const int MaxLength = 160;

    public static string Of(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return "";
        var oneLine = string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        var info = new StringInfo(oneLine);
        if (info.LengthInTextElements <= MaxLength) return oneLine;
        var cut = new StringBuilder(info.SubstringByTextElements(0, MaxLength - 1));
        // Latin text is cut after a word; Chinese has no spaces and is cut where it is.
        var space = cut.ToString().LastIndexOf(' ');
        if (space > MaxLength * 2 / 3) cut.Length = space;
        return cut.ToString().TrimEnd(' ', ',', '，', '、', ';', '；', ':', '：') + "…";
    }
}
