using AwesomeClip.Core.LinkHealth;

namespace AwesomeClip.Core.Tests.LinkHealth;

public sealed class UserAgentTests
{
    [Fact]
    public void ShouldNameTheAppItsVersionAndTheSitesUrl() =>
        Assert.Equal("AwesomeClip/1.2.3 (+https://clip.example.org/)", UserAgent.For("1.2.3", new Uri("https://clip.example.org/")));

    [Fact]
    public void ShouldSayWhatItIsWithoutAPublicUrl() =>
        Assert.Equal("AwesomeClip/1.2.3 (link checker)", UserAgent.For("1.2.3", null));

    [Fact]
    public void ShouldKeepParenthesesOfTheUrlOutOfTheComment() =>
        Assert.Equal("AwesomeClip/1.0.0 (+https://example.org/clip%28beta%29/)", UserAgent.For("1.0.0", new Uri("https://example.org/clip(beta)/")));

    [Fact]
    public void ShouldTakeTheVersionWithoutItsBuildMetadata() =>
        Assert.DoesNotContain("+", UserAgent.VersionOf(typeof(UserAgent).Assembly), StringComparison.Ordinal);
}
