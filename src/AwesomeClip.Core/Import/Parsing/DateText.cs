using System.Globalization;
using System.Text.RegularExpressions;
using AwesomeClip.Core.Catalog;

namespace AwesomeClip.Core.Import.Parsing;

/// <summary>A date as lists write it: "2023-06-30", "2023/06", "30 Jun 2023", "Jun 30, 2023", "Jun 2023", "2023年6月30日".</summary>
internal readonly record struct FoundDate(int Start, int Length, int Year, int? Month, int? Day);

internal static partial class DateText
{
    private const string Month = @"(?<mon>jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?";
    private const string Year = @"(?<y>(?:19|20)\d{2})";
    private const string Day = @"(?<d>[0-3]?\d)(?:st|nd|rd|th)?";

    [GeneratedRegex(@"(?<![\d.])" + Year + @"[-/.](?<m>[01]?\d)(?:[-/.](?<d>[0-3]?\d))?(?![\d/.-]*\d)", RegexOptions.CultureInvariant)]
    private static partial Regex Numeric();

    [GeneratedRegex(@"(?<!\w)" + Day + @"\s+" + Month + @",?\s+" + Year + @"(?!\d)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex DayMonthYear();

    [GeneratedRegex(@"(?<!\w)" + Month + @"\s+" + Day + @",?\s+" + Year + @"(?!\d)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex MonthDayYear();

    [GeneratedRegex(@"(?<!\w)" + Month + @",?\s+" + Year + @"(?!\d)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex MonthYear();

    [GeneratedRegex(Year + @"\s*年\s*(?<m>[01]?\d)\s*月(?:\s*(?<d>[0-3]?\d)\s*日)?", RegexOptions.CultureInvariant)]
    private static partial Regex Chinese();

    private static readonly string[] Months = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

    /// <summary>The first date in <paramref name="text"/> that is a real calendar date, most specific pattern first.</summary>
    public static FoundDate? Find(string text)
    {
        foreach (var pattern in new[] { DayMonthYear(), MonthDayYear(), Numeric(), Chinese(), MonthYear() })
        {
            foreach (Match m in pattern.Matches(text))
            {
                if (Read(m) is { } date) return date;
            }
        }
        return null;
    }

    /// <summary>True when the whole text (give or take punctuation) is one date.</summary>
    public static FoundDate? Whole(string text)
    {
        var found = Find(text);
        if (found is not { } d) return null;
        var rest = text.Remove(d.Start, d.Length);
        return rest.All(c => char.IsWhiteSpace(c) || char.IsPunctuation(c) || char.IsSymbol(c)) ? d : null;
    }

    private static FoundDate? Read(Match m)
    {
        var year = int.Parse(m.Groups["y"].Value, CultureInfo.InvariantCulture);
        int? month = m.Groups["m"].Success
            ? int.Parse(m.Groups["m"].Value, CultureInfo.InvariantCulture)
            : m.Groups["mon"].Success ? Array.IndexOf(Months, m.Groups["mon"].Value[..3].ToLowerInvariant()) + 1 : null;
        int? day = m.Groups["d"].Success ? int.Parse(m.Groups["d"].Value, CultureInfo.InvariantCulture) : null;
        if (!PaperDates.IsYear(year) || !PaperDates.IsValid(year, month, day)) return null;
        return new FoundDate(m.Index, m.Length, year, month, day);
    }
}
