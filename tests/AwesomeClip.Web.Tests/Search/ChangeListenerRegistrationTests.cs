using AwesomeClip.Core.Catalog;
using AwesomeClip.Core.Reading;
using AwesomeClip.Core.Search;
using AwesomeClip.Web.Caching;
using AwesomeClip.Web.CommandLine;
using AwesomeClip.Web.Search;
using AwesomeClip.Web.Tests.TestSupport;
using Microsoft.Extensions.DependencyInjection;

namespace AwesomeClip.Web.Tests.Search;

/// <summary>
/// Every catalog change reaches each listener once: the search index is registered once however often it is added; the
/// catalog reader hears first, so pages rendered after the page cache's eviction read the change (ADR-038).
/// </summary>
public sealed class ChangeListenerRegistrationTests(SharedApp app) : IClassFixture<SharedApp>
{
    [Fact]
    public void ShouldRegisterOneListenerOfEachKindInTheWebApp()
    {
        var kinds = app.Factory.Services.GetServices<ICatalogChangeListener>().Select(l => l.GetType()).ToList();

        Assert.Equal([typeof(CatalogReader), typeof(SearchIndex), typeof(CatalogPageCacheInvalidator)], kinds);
    }

    [Fact]
    public async Task ShouldRegisterOneListenerOfEachKindForTheCommandLine()
    {
        var data = Path.Combine(Path.GetTempPath(), "awesomeclip-cli", Guid.NewGuid().ToString("N"));
        List<Type> kinds = [];
        try
        {
            await Cli.RunAsync(["users", "list", $"--Storage:DataDirectory={data}"], new StringWriter(), new StringWriter(), configureServices: services =>
            {
                using var provider = services.BuildServiceProvider();
                kinds = [.. provider.GetServices<ICatalogChangeListener>().Select(l => l.GetType())];
            });
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            try { Directory.Delete(data, recursive: true); } catch (IOException) { }
        }

        Assert.Equal([typeof(CatalogReader), typeof(SearchIndex)], kinds);
    }

    [Fact]
    public void ShouldAddNothingWhenTheSearchIsAddedAgain()
    {
        var services = new ServiceCollection().AddCatalogSearch();
        var count = services.Count;

        services.AddCatalogSearch();

        Assert.Equal(count, services.Count);
    }
}
