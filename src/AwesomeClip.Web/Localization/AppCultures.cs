using System.Globalization;

namespace AwesomeClip.Web.Localization;

/// <summary>The languages the interface is written in (ADR-035): English and Simplified Chinese, for text and formats alike.</summary>
public static class AppCultures
{
    public const string English = "en";

    public const string Chinese = "zh-CN";

    /// <summary>The reader's choice (<see cref="Microsoft.AspNetCore.Localization.CookieRequestCultureProvider"/>): a name nginx can key its cache on.</summary>
    public const string CookieName = "awesomeclip_culture";

    public static readonly IReadOnlyList<string> Supported = [English, Chinese];

    /// <summary>
    /// The supported culture a language tag asks for: any Chinese (zh, zh-Hans, zh-CN, zh-SG, and zh-TW or zh-Hant,
    /// the only Chinese there is) → zh-CN; any English → en; anything else → null.
    /// </summary>
    public static string? Match(string? tag)
    {
        if (string.IsNullOrWhiteSpace(tag)) return null;
        var language = tag.Trim().Split('-', '_')[0];
        if (language.Equals("zh", StringComparison.OrdinalIgnoreCase)) return Chinese;
        if (language.Equals("en", StringComparison.OrdinalIgnoreCase)) return English;
        return null;
    }

    public static bool IsChinese(CultureInfo culture) => culture.Name == Chinese;
}
