using AwesomeClip.Web.Catalog;

namespace AwesomeClip.Web.Tests.Catalog;

public sealed class RichTextTests : BunitContext
{
    [Fact]
    public void ShouldTurnLineBreaksIntoParagraphs()
    {
        var cut = Render<RichText>(p => p.Add(x => x.Text, "第一行\n\n第二行"));

        Assert.Equal(["第一行", "第二行"], cut.FindAll("p").Select(p => p.TextContent));
    }

    [Fact]
    public void ShouldLinkHttpLinksInsideTheText()
    {
        var cut = Render<RichText>(p => p.Add(x => x.Text, "直接使用[作者的回答](https://www.zhihu.com/question/1)： 从causality理论出发"));

        var link = cut.Find("a");
        Assert.Equal("https://www.zhihu.com/question/1", link.GetAttribute("href"));
        Assert.Equal("作者的回答", link.TextContent);
        Assert.Equal("直接使用作者的回答： 从causality理论出发", cut.Find("p").TextContent);
    }

    [Theory]
    [InlineData("<script>alert(1)</script>")]
    [InlineData("<img src=x onerror=alert(1)>")]
    [InlineData("[click](javascript:alert(1))")]
    [InlineData("[click](JaVaScRiPt:alert(1))")]
    [InlineData("[click](javascript&#58;alert(1))")]
    [InlineData("[click](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)")]
    [InlineData("[click](/relative/path)")]
    public void ShouldRenderHostileTextAsHarmlessText(string text)
    {
        var cut = Render<RichText>(p => p.Add(x => x.Text, text));

        Assert.Empty(cut.FindAll("script"));
        Assert.Empty(cut.FindAll("img"));
        Assert.Empty(cut.FindAll("a"));
        Assert.Equal(text, cut.Find("p").TextContent);
    }
}
