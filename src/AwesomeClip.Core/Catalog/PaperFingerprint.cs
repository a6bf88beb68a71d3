using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace AwesomeClip.Core.Catalog;

/// <summary>
/// A hash of the fields that an entry of the list shows (all of <see cref="PaperValues"/> but its category). When a
/// paper's current fingerprint equals the one taken at import, its imported entry is still an exact rendering of it and
/// the export can reuse the entry byte for byte.
/// </summary>
public static class PaperFingerprint
{
    public static string Of(Paper paper) => Of(PaperValues.Of(paper));

    public static string Of(PaperValues values)
    {
        ArgumentNullException.ThrowIfNull(values);
        var sb = new StringBuilder();
        Field(sb, values.Title);
        Field(sb, values.Abstract);
        Field(sb, values.Commentary ?? "\0null");
        Field(sb, values.GithubRepo ?? "\0null");
        foreach (var link in values.Links)
        {
            Field(sb, "link");
            Field(sb, link.Kind.ToWireName());
            Field(sb, link.Label);
            Field(sb, link.Url);
        }
        foreach (var figure in values.Figures)
        {
            Field(sb, "figure");
            Field(sb, figure);
        }
        Optional(sb, "year", values.Year?.ToString(CultureInfo.InvariantCulture));
        Optional(sb, "date", PaperDates.Iso(values.Year, values.Month, values.Day) is { } d && values.Month is not null ? d : null);
        Optional(sb, "url", values.Url);
        Optional(sb, "authors", values.Authors);
        Optional(sb, "venue", values.Venue);
        foreach (var extra in values.Extras)
        {
            Field(sb, "extra");
            Field(sb, extra.Label);
            Field(sb, extra.Text);
        }
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(sb.ToString())))[..32];
    }

    private static void Optional(StringBuilder sb, string name, string? value)
    {
        if (value is null) return;
        Field(sb, name);
        Field(sb, value);
    }

    // Length-prefixed, so no two different field lists serialize the same.
    private static void Field(StringBuilder sb, string value) => sb.Append(value.Length).Append(':').Append(value).Append('\n');
}
