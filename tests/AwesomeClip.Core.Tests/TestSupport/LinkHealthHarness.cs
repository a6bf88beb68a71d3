using AwesomeClip.Core.Admin;
using AwesomeClip.Core.Catalog;
using AwesomeClip.Core.LinkHealth;
using AwesomeClip.Core.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace AwesomeClip.Core.Tests.TestSupport;

/// <summary>
/// The link health services as the app registers them (the real HttpClient with its resilience pipeline, host throttle
/// and address guard) over a test database and clock, with options for fast tests: millisecond back-off, short timeouts,
/// no delay between requests to one host, and loopback allowed (the stub is on 127.0.0.1).
/// </summary>
public sealed class LinkHealthHarness : IAsyncDisposable
{
    public const string TestUserAgent = "AwesomeClip/test (+http://clip.test/)";

    private readonly ServiceProvider services;

    private LinkHealthHarness(ServiceProvider services, TestDatabase database, FixedClock clock)
    {
        this.services = services;
        Database = database;
        Clock = clock;
    }

    public TestDatabase Database { get; }

    public FixedClock Clock { get; }

    public LinkHealthService Service => services.GetRequiredService<LinkHealthService>();

    public LinkReplacer Replacer => services.GetRequiredService<LinkReplacer>();

    public LinkResultStore Store => services.GetRequiredService<LinkResultStore>();

    public PaperEditor Editor => services.GetRequiredService<PaperEditor>();

    public LinkHealthOptions Options => services.GetRequiredService<IOptions<LinkHealthOptions>>().Value;

    /// <summary>A checker on the app's HttpClient.</summary>
    public LinkChecker Checker() => new(
        services.GetRequiredService<IHttpClientFactory>().CreateClient(LinkChecker.ClientName),
        services.GetRequiredService<IOptions<LinkHealthOptions>>(), Clock);

    /// <param name="options">Changes to the fast test options.</param>
    /// <param name="database">A database to share (another harness's); by default a new SQLite one, disposed with this.</param>
    public static async Task<LinkHealthHarness> CreateAsync(
        Func<LinkHealthOptions, LinkHealthOptions>? options = null, TestProvider provider = TestProvider.Sqlite, TestDatabase? database = null)
    {
        var owned = database is null;
        database ??= await TestDatabase.CreateAsync(provider);
        var clock = FixedClock.At(2026);
        var fast = new LinkHealthOptions
        {
            AllowPrivateAddresses = true,
            RetryDelay = TimeSpan.FromMilliseconds(1),
            RequestTimeout = TimeSpan.FromSeconds(2),
            TotalRequestTimeout = TimeSpan.FromSeconds(5),
            PerHostDelay = TimeSpan.Zero,
            MaxRetryAfter = TimeSpan.FromSeconds(2),
        };
        var chosen = options?.Invoke(fast) ?? fast;
        var collection = new ServiceCollection();
        collection.AddLogging();
        collection.AddSingleton<TimeProvider>(clock);
        collection.AddSingleton<IDbContextFactory<CatalogDbContext>>(database);
        collection.AddCatalogEditing();
        collection.AddLinkHealth(_ => TestUserAgent);
        collection.AddSingleton<IOptions<LinkHealthOptions>>(Microsoft.Extensions.Options.Options.Create(chosen));
        var harness = new LinkHealthHarness(collection.BuildServiceProvider(), database, clock) { ownsDatabase = owned };
        return harness;
    }

    private bool ownsDatabase;

    /// <summary>A category with papers built by <paramref name="papers"/>; returns their ids in order.</summary>
    public async Task<IReadOnlyList<int>> AddPapersAsync(params PaperBuilder[] papers)
    {
        await using var db = Database.CreateDbContext();
        var category = await db.Categories.FirstOrDefaultAsync() ?? new Category { Name = "Links", Slug = "links" };
        var built = papers.Select((p, i) => p.Build(category, i + 100)).ToList();
        db.Papers.AddRange(built);
        await db.SaveChangesAsync();
        return [.. built.Select(p => p.Id)];
    }

    public async ValueTask DisposeAsync()
    {
        await services.DisposeAsync();
        if (ownsDatabase) await Database.DisposeAsync();
    }
}
