using AwesomeClip.Web.Safety;

namespace AwesomeClip.Web.Tests.Safety;

public sealed class HtmlSafetyTests
{
    private static readonly HtmlSafety Safety = new();

    [Theory]
    [InlineData("<script>alert(1)</script>")]
    [InlineData("<img src=x onerror=alert(1)>")]
    [InlineData("<a href=\"javascript:alert(1)\">x</a>")]
    [InlineData("<a href=\"JaVaScRiPt:alert(1)\">x</a>")]
    [InlineData("<a href=\"&#106;avascript:alert(1)\">x</a>")]
    [InlineData("<a href=\"&#x6A;&#x61;&#x76;&#x61;script:alert(1)\">x</a>")]
    [InlineData("<a href=\"java\tscript:alert(1)\">x</a>")]
    [InlineData("<a href=\" javascript:alert(1)\">x</a>")]
    [InlineData("<a href=\"data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==\">x</a>")]
    [InlineData("<a href=\"vbscript:msgbox(1)\">x</a>")]
    [InlineData("<svg onload=alert(1)><circle /></svg>")]
    [InlineData("<math><mi xlink:href=\"javascript:alert(1)\">x</mi></math>")]
    [InlineData("<form action=\"https://evil.example\"><input name=q><button>go</button></form>")]
    [InlineData("<iframe src=\"https://evil.example\"></iframe>")]
    [InlineData("<style>body{display:none}</style>")]
    [InlineData("<p style=\"background:url(javascript:alert(1))\" onclick=\"alert(1)\">x</p>")]
    [InlineData("<mark onmouseover=alert(1)>x</mark>")]
    [InlineData("<object data=\"x.swf\"></object><embed src=\"x.swf\">")]
    [InlineData("<base href=\"https://evil.example/\">")]
    [InlineData("<meta http-equiv=\"refresh\" content=\"0;url=https://evil.example\">")]
    [InlineData("<<script>script>alert(1)<</script>/script>")]
    public void ShouldRenderHostileHtmlHarmless(string html)
    {
        var safe = Safety.SanitizeToString(html).ToLowerInvariant();

        foreach (var bad in new[] { "<script", "onerror", "onload", "onclick", "onmouseover", "javascript:", "vbscript:", "data:", "<svg", "<math", "<form", "<input", "<iframe", "<style", "style=", "<object", "<embed", "<base", "<meta" })
            Assert.DoesNotContain(bad, safe);
    }

    [Fact]
    public void ShouldKeepTheAllowedFormatting()
    {
        var safe = Safety.SanitizeToString("<p>CLIP <mark>zero-shot</mark> <em>and</em> <strong>few</strong><br>shot <a href=\"https://arxiv.org/abs/2103.00020\">paper</a></p>");

        Assert.Equal("<p>CLIP <mark>zero-shot</mark> <em>and</em> <strong>few</strong><br>shot <a href=\"https://arxiv.org/abs/2103.00020\" rel=\"noopener noreferrer nofollow\">paper</a></p>", safe);
    }

    [Theory]
    [InlineData("<a href=\"/admin/users\">x</a>")]
    [InlineData("<a href=\"//evil.example\">x</a>")]
    [InlineData("<a href=\"mailto:a@example.org\">x</a>")]
    public void ShouldDropLinksThatAreNotAbsoluteHttp(string html)
    {
        Assert.Equal("<a>x</a>", Safety.SanitizeToString(html));
    }

    [Fact]
    public void ShouldReplaceTheRelOfLinks()
    {
        Assert.Equal("<a href=\"http://example.org/\" rel=\"noopener noreferrer nofollow\">x</a>",
            Safety.SanitizeToString("<a href=\"http://example.org/\" rel=\"opener\" target=\"_blank\">x</a>"));
    }
}
