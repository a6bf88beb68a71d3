using System.Globalization;
using System.Text.RegularExpressions;
using AwesomeClip.Core.Catalog;

namespace AwesomeClip.Core.Import.Parsing;

/// <summary>What a list's title says about all its entries: "CVPR 2024 论文和开源项目合集" is CVPR's 2024 papers.</summary>
internal static partial class ListTitle
{
    [GeneratedRegex(@"(?<venue>\p{L}[\p{L}\-]{1,15})\s*'?(?<year>(?:19|20)\d{2})(?!\d)", RegexOptions.CultureInvariant)]
    private static partial Regex VenueAndYear();

    /// <summary>The year after a known venue in the title; null when the title names none.</summary>
    public static int? Year(string? title)
    {
        if (string.IsNullOrWhiteSpace(title)) return null;
        foreach (Match m in VenueAndYear().Matches(title))
        {
            if (VenueNames.IsKnown(m.Groups["venue"].Value)) return int.Parse(m.Groups["year"].Value, CultureInfo.InvariantCulture);
        }
        return null;
    }
}
