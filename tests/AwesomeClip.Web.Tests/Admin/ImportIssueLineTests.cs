using AwesomeClip.Core.Import;
using AwesomeClip.Web.Admin.Import;
using AwesomeClip.Web.Localization;
using AwesomeClip.Web.Tests.TestSupport;
using Microsoft.Extensions.DependencyInjection;

namespace AwesomeClip.Web.Tests.Admin;

/// <summary>One line of an import's report, as the overview and the import page show it (ADR-037).</summary>
public sealed class ImportIssueLineTests : BunitContext
{
    private static readonly ImportIssue Skipped = new(12, ImportIssueSeverity.Skipped, "not-imported", ImportMessages.NotImported.With(ImportMessages.Untitled.With(), ImportMessages.NoTitle.With()));

    public ImportIssueLineTests()
    {
        Services.AddLocalization();
        Services.AddSingleton<CoreMessageText>();
    }

    [Fact]
    public void ShouldSayWhereWhatAndThatItWasSkippedInChinese()
    {
        using var culture = new CultureScope("zh-CN");

        var line = Render<ImportIssueLine>(p => p.Add(c => c.Issue, Skipped));

        Assert.Equal("第 12 行： 已跳过：“（无标题）”没有导入：它没有标题", Text(line));
        Assert.Empty(line.FindAll("[lang=en]"));
    }

    [Fact]
    public void ShouldSayItInEnglishAsTheCommandLineDoes()
    {
        using var culture = new CultureScope("en");

        var line = Render<ImportIssueLine>(p => p.Add(c => c.Issue, Skipped));

        Assert.Equal($"{Skipped}", Text(line));
    }

    private static string Text(IRenderedComponent<ImportIssueLine> line) => string.Concat(line.Nodes.Select(n => n.TextContent)).Trim();
}
