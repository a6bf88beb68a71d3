using System.Globalization;
using AwesomeClip.Web.Localization;
using Bunit.TestDoubles;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;

namespace AwesomeClip.Web.Tests.Localization;

/// <summary>The header's language switch: two plain links to /culture with the page to come back to (ADR-035).</summary>
public sealed class CultureSwitchTests : BunitContext
{
    public CultureSwitchTests() => Services.AddLocalization();

    [Theory]
    [InlineData("zh-CN", "zh-CN", "语言")]
    [InlineData("en", "en", "Language")]
    public void ShouldLinkBothLanguagesAndMarkTheCurrentOne(string culture, string current, string label)
    {
        var previous = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(culture);
        try
        {
            Services.GetRequiredService<NavigationManager>().NavigateTo("/papers?year=2023&category=video");
            var links = Render<CultureSwitch>().FindAll("a");

            Assert.Equal(["中文", "English"], links.Select(a => a.TextContent));
            Assert.Equal(["zh-CN", "en"], links.Select(a => a.GetAttribute("lang")));
            Assert.Equal(["zh-CN", "en"], links.Select(a => a.GetAttribute("hreflang")));
            Assert.Equal("/culture?c=zh-CN&returnUrl=%2Fpapers%3Fyear%3D2023%26category%3Dvideo", links[0].GetAttribute("href"));
            Assert.Equal("/culture?c=en&returnUrl=%2Fpapers%3Fyear%3D2023%26category%3Dvideo", links[1].GetAttribute("href"));
            Assert.All(links, a => Assert.Equal("false", a.GetAttribute("data-enhance-nav")));
            Assert.Equal([current], links.Where(a => a.GetAttribute("aria-current") == "true").Select(a => a.GetAttribute("lang")));
            Assert.Equal(label, Render<CultureSwitch>().Find("nav").GetAttribute("aria-label"));
        }
        finally
        {
            CultureInfo.CurrentUICulture = previous;
        }
    }
}
