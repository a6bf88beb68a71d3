using System.Globalization;

namespace AwesomeClip.Core.Catalog;

/// <summary>A paper's date as the catalog keeps it: a year, optionally a month, optionally a day.</summary>
public static class PaperDates
{
    public const int FirstYear = 1900;

    public const int LastYear = 2100;

    public static bool IsYear(int year) => year is >= FirstYear and <= LastYear;

    /// <summary>True when the parts make a date: a month only with a year, a day only with a month, a real calendar day.</summary>
    public static bool IsValid(int? year, int? month, int? day)
    {
        if (month is null) return day is null;
        if (year is null || month is < 1 or > 12) return false;
        return day is null || (day >= 1 && day <= DateTime.DaysInMonth(Math.Clamp(year.Value, 1, 9999), month.Value));
    }

    /// <summary>ISO 8601 with as many parts as are known: "2023", "2023-06", "2023-06-30"; null without a year.</summary>
    public static string? Iso(int? year, int? month, int? day) => year switch
    {
        null => null,
        { } y when month is { } m && day is { } d => string.Create(CultureInfo.InvariantCulture, $"{y:0000}-{m:00}-{d:00}"),
        { } y when month is { } m => string.Create(CultureInfo.InvariantCulture, $"{y:0000}-{m:00}"),
        { } y => y.ToString("0000", CultureInfo.InvariantCulture),
    };

    /// <summary>Reads what <see cref="Iso"/> writes (and "2023/6/30", "2023.06"); false for anything else.</summary>
    public static bool TryParseIso(string? text, out int? year, out int? month, out int? day)
    {
        year = month = day = null;
        if (string.IsNullOrWhiteSpace(text)) return true;
        var parts = text.Trim().Split('-', '/', '.');
        if (parts.Length > 3 || parts.Any(p => p.Length == 0 || p.Length > 4 || !p.All(char.IsAsciiDigit))) return false;
        var numbers = parts.Select(p => int.Parse(p, NumberStyles.None, CultureInfo.InvariantCulture)).ToArray();
        if (parts[0].Length != 4 || !IsYear(numbers[0])) return false;
        int? m = numbers.Length > 1 ? numbers[1] : null, d = numbers.Length > 2 ? numbers[2] : null;
        if (!IsValid(numbers[0], m, d)) return false;
        (year, month, day) = (numbers[0], m, d);
        return true;
    }
}
