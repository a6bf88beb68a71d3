using AwesomeClip.Core.Catalog;

namespace AwesomeClip.Core.Tests.Catalog;

public sealed class LinkUrlTests
{
    [Theory]
    [InlineData("https://arxiv.org/abs/2305.07017")]
    [InlineData("http://example.org/path?q=1#frag")]
    [InlineData("./images/figure.png")]
    [InlineData("citations/paper.bib")]
    [InlineData(".citations/paper.txt")]
    public void ShouldAllowWebAddressesAndFilesBesideTheList(string url) => Assert.Null(LinkUrl.Problem(url));

    [Theory]
    [InlineData("javascript:alert(1)")]
    [InlineData("JavaScript:alert(1)")]
    [InlineData("data:text/html,<script>alert(1)</script>")]
    [InlineData("//evil.example/x")]
    [InlineData("https://user:pw@evil.example/")]
    [InlineData("/papers/1")]
    [InlineData("../secrets.txt")]
    [InlineData("#section")]
    [InlineData("page.html")]
    [InlineData("")]
    public void ShouldRefuseEverythingElse(string url) => Assert.NotNull(LinkUrl.Problem(url));

    [Fact]
    public void ShouldSayWhatIsAllowedForARelativeLink() =>
        Assert.Contains("a figure, PDF or text file beside the list", LinkUrl.Problem("notes/page.html")?.ToString(), StringComparison.Ordinal);

    [Theory]
    [InlineData("https://arxiv.org/abs/1", true)]
    [InlineData("./images/x.png", false)]
    [InlineData("https://u:p@h.example/", false)]
    public void ShouldTellWebAddressesFromListFiles(string url, bool web) => Assert.Equal(web, LinkUrl.IsWeb(url));
}
