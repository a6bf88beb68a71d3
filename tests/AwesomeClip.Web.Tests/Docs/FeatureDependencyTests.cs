using ArchUnitNET.Domain;
using ArchUnitNET.Loader;
using AwesomeClip.Core.Storage;

namespace AwesomeClip.Web.Tests.Docs;

/// <summary>
/// The features of each project (the first namespace part under it: <c>AwesomeClip.Core.Import</c> with
/// <c>Import.Parsing</c> and <c>Import.Merge</c>) depend on each other one way only (ADR-028): a cycle means two folders
/// are one feature in two places, or a rule that lives in the wrong one. ArchUnitNET reads the compiled IL, so a
/// dependency counts whether it is a using, a fully qualified name, a base type, an attribute or a call in a body.
/// </summary>
public sealed class FeatureDependencyTests
{
    private static readonly Lazy<Architecture> Compiled = new(() =>
        new ArchLoader().LoadAssemblies(typeof(CatalogDbContext).Assembly, typeof(Program).Assembly).Build());

    [Theory]
    [InlineData("AwesomeClip.Core")]
    [InlineData("AwesomeClip.Web")]
    public void ShouldKeepTheFeaturesOfAProjectFreeOfCycles(string project)
    {
        var graph = FeatureGraph.Of(Compiled.Value.Types, project);

        var cycles = graph.Cycles();

        Assert.True(cycles.Count == 0, string.Join(Environment.NewLine, cycles.Select(graph.Explain)));
    }

    [Fact]
    public void ShouldSeeADependencyInsideAMethodBody()
    {
        // The rule above is only as good as what the loader sees. CatalogChangeLog names Catalog's Paper only inside
        // a method body (db.Set<Paper>()), and takes EF's DbContext, never CatalogDbContext, which only its callers name.
        var changeLog = Compiled.Value.Types.Single(t => t.FullName == "AwesomeClip.Core.ChangeLog.CatalogChangeLog");

        var used = changeLog.Dependencies.Select(d => d.Target.FullName).ToHashSet();

        Assert.Contains("AwesomeClip.Core.Catalog.Paper", used);
        Assert.DoesNotContain("AwesomeClip.Core.Storage.CatalogDbContext", used);
    }

    [Fact]
    public void ShouldReportACycleThroughThreeFeaturesWithTheTypesThatMakeIt()
    {
        var graph = FeatureGraph.Of(
        [
            ("App.Import.Parsing.ListParser", "App.Export.InlineText"),
            ("App.Export.ListWriter", "App.Catalog.Paper"),
            ("App.Catalog.Reader+<LoadAsync>d__1", "App.Import.ImportIssue"),
            ("App.Search.Index", "App.Catalog.Paper"),
            ("App.Program", "App.Search.Index"),
        ], "App");

        var cycle = Assert.Single(graph.Cycles());

        Assert.Equal(["Catalog", "Export", "Import"], cycle);
        Assert.Contains("App.Catalog.Reader -> App.Import.ImportIssue", graph.Explain(cycle), StringComparison.Ordinal);
    }

    [Fact]
    public void ShouldFindNoCycleInOneWayDependencies()
    {
        var graph = FeatureGraph.Of([("App.Admin.Editor", "App.Catalog.Paper"), ("App.Catalog.Paper", "App.Catalog.Slug")], "App");

        Assert.Empty(graph.Cycles());
    }
}
