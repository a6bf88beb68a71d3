using System.Globalization;
using System.Text.RegularExpressions;

namespace AwesomeClip.Web.Tests.Components;

/// <summary>
/// The palette of app.css meets WCAG AA in both themes: every text colour on every background it is drawn on, read
/// from the custom properties the stylesheet declares (light: <c>:root</c>; dark: <c>[data-theme=dark]</c>, and the
/// same values for <c>prefers-color-scheme: dark</c>).
/// </summary>
public sealed partial class ThemeContrastTests
{
    private const double Text = 4.5;
    private const double Large = 3.0; // large text and UI parts (focus ring, the accent as a control's background)

    /// <summary>Foreground, background, the ratio it needs: the pairs the reading pages draw.</summary>
    public static TheoryData<string, string, double> Pairs => new()
    {
        { "--ink", "--bg", Text }, { "--ink", "--surface", Text }, { "--muted", "--bg", Text }, { "--muted", "--surface", Text },
        { "--accent", "--bg", Text }, { "--accent", "--surface", Text }, { "--accent", "--accent-soft", Text },
        { "--ink", "--accent-soft", Text }, { "--on-accent", "--accent", Text }, { "--on-accent-muted", "--accent", Text },
        { "--ink", "--note", Text }, { "--muted", "--note", Text }, { "--ink", "--mark", Text },
        { "--badge-ink", "--badge-bg", Text }, { "--note-badge-ink", "--note-badge-bg", Text },
        { "--danger", "--surface", Text }, { "--danger", "--bg", Text }, { "--danger-ink", "--danger-bg", Text }, { "--ink", "--danger-bg", Text }, { "--ink", "--ok-bg", Text }, { "--focus", "--bg", Large }, { "--focus", "--surface", Large },
    };

    private static readonly string Css = File.ReadAllText(Path.Combine(TestSupport.AppProcess.RepoRoot, "src", "AwesomeClip.Web", "wwwroot", "app.css"));

    [Theory]
    [MemberData(nameof(Pairs))]
    public void ShouldMeetAaInTheLightTheme(string foreground, string background, double needed) =>
        AssertContrast(Light(), foreground, background, needed);

    [Theory]
    [MemberData(nameof(Pairs))]
    public void ShouldMeetAaInTheDarkTheme(string foreground, string background, double needed) =>
        AssertContrast(Dark(), foreground, background, needed);

    [Fact]
    public void ShouldGiveTheSystemDarkModeTheSamePaletteAsTheChosenOne()
    {
        var media = MediaDarkRegex().Match(Css);
        Assert.True(media.Success, "app.css has @media (prefers-color-scheme: dark) { :root:not([data-theme=light]) { … } }");

        Assert.Equal(Dark(), Properties(media.Groups["body"].Value));
    }

    [Fact]
    public void ShouldComputeTheWcagRatio()
    {
        Assert.Equal(21.0, Ratio("#000000", "#ffffff"), 2);
        Assert.Equal(4.54, Ratio("#767676", "#ffffff"), 2);
        Assert.Equal(1.0, Ratio("#3b4cca", "#3b4cca"), 2);
    }

    private static void AssertContrast(Dictionary<string, string> palette, string foreground, string background, double needed)
    {
        Assert.True(palette.TryGetValue(foreground, out var fg), $"{foreground} is declared");
        Assert.True(palette.TryGetValue(background, out var bg), $"{background} is declared");
        var ratio = Ratio(fg, bg);
        Assert.True(ratio >= needed, $"{foreground} {fg} on {background} {bg}: {ratio:F2}:1, needs {needed}:1");
    }

    /// <summary>Every top-level <c>:root { }</c> in order, later declarations winning, as the browser reads them.</summary>
    private static Dictionary<string, string> Light()
    {
        var palette = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (Match block in RootRegex().Matches(Css))
        {
            foreach (var (name, value) in Properties(block.Groups["body"].Value)) palette[name] = value;
        }
        return palette;
    }

    private static Dictionary<string, string> Dark()
    {
        var light = Light();
        var block = DataThemeDarkRegex().Match(Css);
        Assert.True(block.Success, "app.css has [data-theme=dark] { … }");
        foreach (var (name, value) in Properties(block.Groups["body"].Value)) light[name] = value;
        return light;
    }

    private static Dictionary<string, string> Properties(string body) =>
        PropertyRegex().Matches(body).ToDictionary(m => m.Groups["name"].Value, m => m.Groups["value"].Value.Trim(), StringComparer.Ordinal);

    private static double Ratio(string a, string b)
    {
        var (x, y) = (Luminance(a), Luminance(b));
        return (Math.Max(x, y) + 0.05) / (Math.Min(x, y) + 0.05);
    }

    private static double Luminance(string hex)
    {
        var h = hex.TrimStart('#');
        Assert.True(h.Length is 3 or 6, $"'{hex}' is a hex colour (the contrast test reads only those)");
        if (h.Length == 3) h = string.Concat(h.Select(c => $"{c}{c}"));
        double Channel(int i)
        {
            var c = int.Parse(h.AsSpan(i, 2), NumberStyles.HexNumber, CultureInfo.InvariantCulture) / 255.0;
            return c <= 0.04045 ? c / 12.92 : Math.Pow((c + 0.055) / 1.055, 2.4);
        }
        return (0.2126 * Channel(0)) + (0.7152 * Channel(2)) + (0.0722 * Channel(4));
    }

    [GeneratedRegex(@"(?m)^:root\s*\{(?<body>[^}]*)\}")]
    private static partial Regex RootRegex();

    [GeneratedRegex(@"(?m)^\[data-theme=dark\]\s*\{(?<body>[^}]*)\}")]
    private static partial Regex DataThemeDarkRegex();

    [GeneratedRegex(@"@media \(prefers-color-scheme: dark\)\s*\{\s*:root:not\(\[data-theme=light\]\)\s*\{(?<body>[^}]*)\}")]
    private static partial Regex MediaDarkRegex();

    [GeneratedRegex(@"(?<name>--[\w-]+)\s*:\s*(?<value>#[0-9a-fA-F]{3,6})\s*;")]
    private static partial Regex PropertyRegex();
}
