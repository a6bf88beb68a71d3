using AwesomeClip.Core.Search;
using AwesomeClip.Core.Tests.TestSupport;
using Microsoft.Extensions.Logging;

namespace AwesomeClip.Core.Tests.Search;

[Collection(RealCatalogCollection.Name)]
public sealed class HostileInputTests(RealCatalogFixture fixture)
{
    public static TheoryData<string, string> Inputs() => new()
    {
        { "lone star", "*" },
        { "leading wildcard", "*foo" },
        { "regex that takes the classic parser minutes", "/[ab]*a[ab]{17}/" },
        { "2,000-term OR", string.Join(" OR ", Enumerable.Range(0, 2000).Select(i => $"term{i}")) },
        { "10,000 characters", new string('a', 10_000) },
        { "10,000 words", string.Join(' ', Enumerable.Repeat("segmentation", 1500)) },
        { "10,000 CJK characters", string.Concat(Enumerable.Repeat("蒸馏分割", 2500)) },
        { "unbalanced quote", "\"open vocabulary" },
        { "unbalanced parentheses", "((clip AND (segmentation" },
        { "lone closing parenthesis", ")" },
        { "lone operators", "AND OR NOT && || ! + -" },
        { "dashes only", "- -- ---" },
        { "empty quotes", "\"\"" },
        { "quotes only", "\"\"\"\"\"" },
        { "control characters", "seg\u0000men\u0001ta\u0007tion\u001b[31m" },
        { "zero-width and bidi controls", "seg\u200bmen\u202etation" },
        { "field syntax", "title:clip^100~2 abstract:*" },
        { "range syntax", "[a TO z] {1 TO 9}" },
        { "fuzzy and boost syntax", "clip~0.1^999" },
        { "lone surrogate", "clip \ud800 seg" },
        { "emoji", "🧟‍♂️👍" },
        { "backslashes", "\\\\\\" },
        { "html", "<script>alert(1)</script>" },
        { "sql", "'; DROP TABLE Papers; --" },
        { "only exclusions", "-clip -video" },
        { "whitespace", " \t\r\n " },
        { "single CJK character", "蒸" },
        { "single Latin letter", "c" },
        { "full-width letters", "ＣＬＩＰ　蒸馏" },
    };

    [Theory]
    [MemberData(nameof(Inputs))]
    public async Task ShouldAnswerAnyInputWithoutError(string name, string query)
    {
        var result = await fixture.Catalog.Search.SearchAsync(new SearchRequest { Query = query }, TestContext.Current.CancellationToken);

        Assert.NotNull(result);
        Assert.True(result.Total >= 0, name);
        Assert.True(result.Hits.Count <= SearchRequest.DefaultPageSize);
        Assert.Empty(fixture.Catalog.SearchLog.Messages(LogLevel.Error));
    }

    [Theory]
    [InlineData(-5, 0)]
    [InlineData(0, 1_000_000)]
    [InlineData(int.MaxValue, int.MaxValue)]
    public async Task ShouldClampPaging(int page, int pageSize)
    {
        var result = await fixture.Catalog.Search.SearchAsync(new SearchRequest { Query = "clip", Page = page, PageSize = pageSize }, TestContext.Current.CancellationToken);

        Assert.InRange(result.PageSize, 1, SearchRequest.MaxPageSize);
        Assert.True(result.Page >= 1);
        Assert.Empty(fixture.Catalog.SearchLog.Messages(LogLevel.Error));
    }

    [Fact]
    public void ShouldReadOnlyTheFirstPartsOfAnEndlessQuery()
    {
        var parsed = UserQuery.Parse(string.Join(' ', Enumerable.Range(0, 2000).Select(i => $"w{i}")));

        Assert.Equal(UserQuery.MaxParts, parsed.Parts.Count);
    }

    [Fact]
    public async Task ShouldTreatOrBetweenWordsAsAnyOf()
    {
        var any = await fixture.Catalog.SearchAsync("video OR segmentation");
        var video = await fixture.Catalog.SearchAsync("video");

        Assert.True(any.Total > video.Total);
    }
}
