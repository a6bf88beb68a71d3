using System.Text.Json;
using AngleSharp.Dom;
using AwesomeClip.Core.Catalog;
using AwesomeClip.Web.Discovery;
using AwesomeClip.Web.Tests.TestSupport;

namespace AwesomeClip.Web.Tests.Discovery;

public sealed class ScholarlyArticleTests
{
    [Fact]
    public void ShouldNotLetATitleEndTheScriptElementItIsWrittenIn()
    {
        var paper = Paper("Attack </script><script>alert(1)</script> & <b>", "摘要：对比学习。");

        var json = ScholarlyArticle.Json(paper, "https://clip.example.org/papers/1", null, "Awesome-CLIP");
        var page = Html.Parse($"<html><head><script type=\"application/ld+json\">{json}</script></head></html>");

        var script = Assert.Single(page.QuerySelectorAll("script"));
        var article = JsonDocument.Parse(script.TextContent).RootElement;
        Assert.Equal("Attack </script><script>alert(1)</script> & <b>", article.GetProperty("name").GetString());
        Assert.Equal("摘要：对比学习。", article.GetProperty("abstract").GetString());
        Assert.Contains("摘要", json, StringComparison.Ordinal);
    }

    [Fact]
    public void ShouldLeaveOutWhatThePaperDoesNotHave()
    {
        var article = JsonDocument.Parse(ScholarlyArticle.Json(Paper("Bare", ""), "https://x.org/papers/1", null, "L")).RootElement;

        foreach (var absent in new[] { "abstract", "author", "datePublished", "image", "workExample", "identifier", "sameAs" })
            Assert.False(article.TryGetProperty(absent, out _), $"{absent} should be left out");
    }

    [Theory]
    [InlineData("Ada Lovelace, Alan Turing", new[] { "Ada Lovelace", "Alan Turing" })]
    [InlineData("A. Radford, J. W. Kim and C. Hallacy", new[] { "A. Radford", "J. W. Kim", "C. Hallacy" })]
    [InlineData("A, B, and C", new[] { "A", "B", "C" })]
    [InlineData("张三，李四、王五", new[] { "张三", "李四", "王五" })]
    [InlineData("Radford et al.", new[] { "Radford" })]
    [InlineData("Radford, et al.", new[] { "Radford" })]
    [InlineData("Pet Alvarez, Ann Smith", new[] { "Pet Alvarez", "Ann Smith" })]
    [InlineData("  ", new string[0])]
    public void ShouldSplitAnAuthorLineIntoPeople(string line, string[] people) => Assert.Equal(people, AuthorNames.Split(line));

    private static PaperDetails Paper(string title, string abstractText) =>
        new(1, title, null, new CategoryRef("c", "C"), abstractText, null, [], null, null, [], 1, DateTime.UnixEpoch, DateTime.UnixEpoch);
}
