using AwesomeClip.Core.Suggestions;
using AwesomeClip.Core.Tests.TestSupport;

namespace AwesomeClip.Core.Tests.Suggestions;

public sealed class SuggestionRulesTests
{
    [Fact]
    public void ShouldRequireATitleAUrlAndACategory()
    {
        var reading = SuggestionRules.Read(new SuggestionBuilder().WithTitle("  ").WithUrl("").InCategory(null).Build());

        Assert.Null(reading.Value);
        Assert.Equal(
            [("Category", "Choose a category."), ("Title", "Enter the paper's title."), ("Url", SuggestionMessages.UrlMissing.English)],
            reading.Errors.Select(e => (e.Field, e.Message)).Order());
    }

    [Theory]
    [InlineData("2103.00020")]
    [InlineData("arXiv:2103.00020")]
    [InlineData("arxiv:2103.00020v2")]
    [InlineData(" arXiv 2103.00020 ")]
    public void ShouldReadAnArxivIdTypedInTheUrlFieldAsItsAbsPage(string typed)
    {
        var link = Read(new SuggestionBuilder().WithUrl(typed)).Link;

        Assert.Equal(new SuggestedUrl("https://arxiv.org/abs/2103.00020", "2103.00020", 2021, null), link);
    }

    [Theory]
    [InlineData("https://arxiv.org/abs/2103.00020", "2103.00020", 2021)]
    [InlineData("https://arxiv.org/pdf/2103.00020v1", "2103.00020", 2021)]
    [InlineData("https://arxiv.org/pdf/0704.0001.pdf", "0704.0001", 2007)]
    [InlineData("http://www.arxiv.org/abs/2412.12345v3", "2412.12345", 2024)]
    public void ShouldDeriveTheArxivIdAndTheYearFromAnArxivLink(string url, string id, int year)
    {
        var link = Read(new SuggestionBuilder().WithUrl(url)).Link;

        Assert.Equal((url, id, year), (link.Url, link.ArxivId, link.Year));
    }

    [Fact]
    public void ShouldReadAnOldStyleIdWithItsPrefixWithoutInventingAYear()
    {
        var link = Read(new SuggestionBuilder().WithUrl("arXiv:hep-th/9901001")).Link;

        Assert.Equal(new SuggestedUrl("https://arxiv.org/abs/hep-th/9901001", null, null, null), link);
    }

    [Fact]
    public void ShouldDeriveTheRepositoryFromAGithubUrlAndNothingFromOtherPages()
    {
        Assert.Equal(new SuggestedUrl("https://github.com/openai/CLIP", null, null, "openai/CLIP"), Read(new SuggestionBuilder().WithUrl("https://github.com/openai/CLIP")).Link);
        Assert.Equal(new SuggestedUrl("https://openreview.net/forum?id=abc", null, null, null), Read(new SuggestionBuilder().WithUrl("https://openreview.net/forum?id=abc")).Link);
    }

    [Fact]
    public void ShouldReadAnAddressWithoutItsSchemeAsHttpsAndSaySo()
    {
        var reading = SuggestionRules.Read(new SuggestionBuilder().WithUrl("github.com/openai/CLIP").Build());

        Assert.Equal("https://github.com/openai/CLIP", reading.Value!.Link.Url);
        Assert.Equal("openai/CLIP", reading.Value.Link.GithubRepo);
        Assert.Contains("The URL was read as https://github.com/openai/CLIP.", reading.Notes.Select(n => n.ToString()));
    }

    [Theory]
    [InlineData("javascript:alert(1)", "Use an absolute web address")]
    [InlineData("data:text/html,<script>", "Use an absolute web address")]
    [InlineData("ftp://example.org/paper.pdf", "Use an absolute web address")]
    [InlineData("//evil.example/x", "Use an absolute web address")]
    [InlineData("./images/x.png", "Use an absolute web address")]
    [InlineData("https://user:pw@example.org/", "Web addresses with a user name or password are not allowed.")]
    [InlineData("https://example.org/a b", "The URL contains spaces")]
    [InlineData("HTTPS://example.org/", "Use an absolute web address")]
    [InlineData("notaurl", "Use an absolute web address")]
    [InlineData("not a url", "The URL contains spaces")]
    public void ShouldRefuseUrlsTheEditorWouldRefuse(string url, string message)
    {
        var reading = SuggestionRules.Read(new SuggestionBuilder().WithUrl(url).Build());

        var error = Assert.Single(reading.Errors);
        Assert.Equal("Url", error.Field);
        Assert.StartsWith(message, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ShouldTakeInvisibleAndControlCharactersOutAndSaySo()
    {
        var reading = SuggestionRules.Read(new SuggestionBuilder()
            .WithTitle("Data\u200BComp:\u0007 In search\tof the\r\nnext generation")
            .WithNote("Line one\u202E\r\n\r\n\r\n\r\nLine two\u0000")
            .Build());

        Assert.Equal("DataComp: In search of the next generation", reading.Value!.Title);
        Assert.Equal("Line one\n\nLine two", reading.Value.Note);
        Assert.Contains("An invisible or control character (U+200B: zero width space) was taken out of the title.", reading.Notes.Select(n => n.ToString()));
        Assert.Contains("An invisible or control character (U+202E: a text direction control) was taken out of the note.", reading.Notes.Select(n => n.ToString()));
    }

    [Theory]
    [InlineData("Title", "Great <a href=\"https://spam.example\">paper</a>", "Write the title as plain text: HTML tags such as <a href=\"https://spam.example\"> are not allowed.")]
    [InlineData("Note", "see <script>alert(1)</script>", "Write the note as plain text: HTML tags such as <script> are not allowed.")]
    [InlineData("Contact", "<b>me</b>", "Write the contact as plain text: HTML tags such as <b> are not allowed.")]
    public void ShouldRefuseHtmlTags(string field, string text, string message)
    {
        var builder = new SuggestionBuilder();
        _ = field switch { "Title" => builder.WithTitle(text), "Note" => builder.WithNote(text), _ => builder.WithContact(text) };

        var error = Assert.Single(SuggestionRules.Read(builder.Build()).Errors);

        Assert.Equal((field, message), (error.Field, error.Message));
    }

    [Fact]
    public void ShouldKeepComparisonsThatAreNotTags()
    {
        var reading = SuggestionRules.Read(new SuggestionBuilder().WithTitle("When a < b and c > d: CLIP <-> text").Build());

        Assert.Empty(reading.Errors);
    }

    [Theory]
    [InlineData("Title", 500)]
    [InlineData("Note", 2000)]
    [InlineData("Contact", 200)]
    public void ShouldRefuseAFieldOverItsSizeLimit(string field, int max)
    {
        var builder = new SuggestionBuilder();
        var text = new string('文', max + 1);
        _ = field switch { "Title" => builder.WithTitle(text), "Note" => builder.WithNote(text), _ => builder.WithContact(text) };

        var error = Assert.Single(SuggestionRules.Read(builder.Build()).Errors);

        Assert.Equal(field, error.Field);
        Assert.EndsWith($"is longer than {max} characters (it has {max + 1}); shorten it.", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ShouldAcceptEachFieldAtItsSizeLimit()
    {
        var reading = SuggestionRules.Read(new SuggestionBuilder()
            .WithTitle(new string('a', SuggestionRules.MaxTitleLength))
            .WithNote(new string('文', SuggestionRules.MaxNoteLength))
            .WithContact(new string('c', SuggestionRules.MaxContactLength))
            .Build());

        Assert.Empty(reading.Errors);
    }

    [Fact]
    public void ShouldLeaveOptionalFieldsEmptyWhenOnlyBlanksWereTyped()
    {
        var value = Read(new SuggestionBuilder().WithNote(" \n\t ").WithContact("\u200B"));

        Assert.Null(value.Note);
        Assert.Null(value.Contact);
    }

    [Theory]
    [InlineData(null, "Give a reason for rejecting it; it is kept with the suggestion.")]
    [InlineData("  \n ", "Give a reason for rejecting it; it is kept with the suggestion.")]
    [InlineData("<b>no</b>", "Write the reason as plain text: HTML tags such as <b> are not allowed.")]
    public void ShouldRequireAPlainReasonToReject(string? reason, string message)
    {
        var (text, error) = SuggestionRules.Reason(reason);

        Assert.Null(text);
        Assert.Equal(("Reason", message), (error!.Field, error.Message));
    }

    private static NormalizedSuggestion Read(SuggestionBuilder builder)
    {
        var reading = SuggestionRules.Read(builder.Build());
        Assert.Empty(reading.Errors);
        return reading.Value!;
    }
}
