using System.Net.Http.Json;
using AwesomeClip.Core.Import;
using AwesomeClip.Core.Storage;
using AwesomeClip.Web.Api;
using AwesomeClip.Web.CommandLine;
using AwesomeClip.Web.Tests.TestSupport;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace AwesomeClip.Web.Tests.Faults;

/// <summary>A disk that fills up or turns read-only under an import: a clear error, the catalog as it was, the app serving.</summary>
public sealed class StorageFailureTests : IDisposable
{
    private readonly string dataDirectory = Path.Combine(Path.GetTempPath(), "awesomeclip-disk", Guid.NewGuid().ToString("N"));

    private static string SeedList => Path.Combine(AppContext.BaseDirectory, "seed", "awesome-clip.md");

    [Theory]
    [InlineData(13, "Import failed: the disk is full")]
    [InlineData(8, "Import failed: the catalog database is read-only")]
    public async Task ShouldPrintWhatTheDiskDidExitNonZeroAndKeepTheCatalog(int sqliteErrorCode, string message)
    {
        Assert.Equal(0, await Cli.RunAsync(["import", SeedList, $"--Storage:DataDirectory={dataDirectory}"], TextWriter.Null, TextWriter.Null));
        SqliteConnection.ClearAllPools();
        var before = CatalogSnapshot.Read(dataDirectory);
        var edited = Path.Combine(dataDirectory, "edited.md");
        await File.WriteAllTextAsync(edited, (await File.ReadAllTextAsync(SeedList, TestContext.Current.CancellationToken)).Replace("**CLIPA: An Inverse Scaling Law for CLIP Training**", "**CLIPA (edited)**", StringComparison.Ordinal), TestContext.Current.CancellationToken);
        var disk = new FailingWrites(sqliteErrorCode) { Armed = true };
        var stderr = new StringWriter();

        var exit = await Cli.RunAsync(["import", edited, $"--Storage:DataDirectory={dataDirectory}"], TextWriter.Null, stderr,
            configureServices: services => services.ConfigureDbContext<SqliteCatalogDbContext>(o => o.AddInterceptors(disk)));

        Assert.Equal(1, exit);
        Assert.StartsWith(message, stderr.ToString(), StringComparison.Ordinal);
        Assert.Contains("The catalog was not changed.", stderr.ToString());
        Assert.DoesNotContain("   at ", stderr.ToString());
        SqliteConnection.ClearAllPools();
        Assert.Equal(before, CatalogSnapshot.Read(dataDirectory));
    }

    [Fact]
    public async Task ShouldKeepServingTheCatalogWhenAnImportHitsAFullDisk()
    {
        var disk = new FailingWrites(sqliteErrorCode: 13);
        using var app = new AppFactory(dataDirectory).WithWebHostBuilder(b =>
            b.ConfigureServices(s => s.ConfigureDbContext<SqliteCatalogDbContext>(o => o.AddInterceptors(disk))));
        using var client = app.CreateClient();
        var before = await client.GetFromJsonAsync<ApiPaperPage>("/api/papers?pageSize=200", cancellationToken: TestContext.Current.CancellationToken);
        disk.Armed = true;

        var importer = app.Services.GetRequiredService<CatalogImporter>();
        var e = await Assert.ThrowsAsync<StorageFailureException>(() => importer.ImportAsync("edited.md", System.Text.Encoding.UTF8.GetBytes((File.ReadAllText(SeedList)).Replace("**CLIPA: An Inverse Scaling Law for CLIP Training**", "**CLIPA (edited)**", StringComparison.Ordinal)), TestContext.Current.CancellationToken));

        Assert.Contains("the disk is full", e.Message);
        var after = await client.GetFromJsonAsync<ApiPaperPage>("/api/papers?pageSize=200", cancellationToken: TestContext.Current.CancellationToken);
        Assert.Equal(before!.Items.Select(p => p.Title), after!.Items.Select(p => p.Title));
        Assert.Equal(System.Net.HttpStatusCode.OK, (await client.GetAsync(new Uri("/", UriKind.Relative), TestContext.Current.CancellationToken)).StatusCode);
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        try { Directory.Delete(dataDirectory, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
    }
}
