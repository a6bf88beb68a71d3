using AwesomeClip.Core.Import;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;

namespace AwesomeClip.Web.Tests.TestSupport;

/// <summary>The whole app with one of the <see cref="TestLists"/> as its seed list (imported into the empty catalog at start).</summary>
public abstract class ListApp : IDisposable
{
    protected ListApp(string list)
    {
        List = list;
        Factory = new AppFactory { Settings = { ["Seed:ListPath"] = list } };
        Client = Factory.CreateClient(new() { AllowAutoRedirect = false });
    }

    public string List { get; }

    public AppFactory Factory { get; }

    public HttpClient Client { get; }

    public Task<int> PaperIdAsync(string title) => PaperIdAsync(Factory, title);

    public static async Task<int> PaperIdAsync(AppFactory factory, string title)
    {
        await using var db = factory.CreateDbContext();
        return await db.Papers.Where(p => p.Title == title && p.DeletedAt == null).Select(p => p.Id).SingleAsync();
    }

    public static async Task<int> CategoryIdAsync(AppFactory factory, string slug)
    {
        await using var db = factory.CreateDbContext();
        return await db.Categories.Where(c => c.Slug == slug).Select(c => c.Id).SingleAsync();
    }

    /// <summary>Imports another list from its folder, as <c>import list.md</c> does.</summary>
    public static Task<ImportReport> ImportAsync(AppFactory factory, string list) => factory.Get<CatalogImporter>().ImportFileAsync(list);

    /// <summary>Forgets the cached catalog pages (for a test that changed the database behind the app's back).</summary>
    public static async Task EvictPagesAsync(AppFactory factory) =>
        await factory.Get<IOutputCacheStore>().EvictByTagAsync(Web.Caching.CatalogPageCache.Tag, default);

    public void Dispose()
    {
        Client.Dispose();
        Factory.Dispose();
        GC.SuppressFinalize(this);
    }
}

/// <summary>The app on <see cref="TestLists.Bullets"/> ("Awesome Tiny Vision").</summary>
public sealed class BulletListApp() : ListApp(TestLists.Bullets);

/// <summary>The app on <see cref="TestLists.Table"/> ("Retrieval Papers Table").</summary>
public sealed class TableListApp() : ListApp(TestLists.Table);
