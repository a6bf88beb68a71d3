using Microsoft.Playwright;

namespace AwesomeClip.EndToEnd.Tests.TestSupport;

/// <summary>One app and one Debian Chromium for the whole end-to-end collection; each test gets its own context.</summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    public const string ChromiumPath = "/usr/bin/chromium";

    public KestrelAppFactory App { get; } = new();

    public IBrowser Browser { get; private set; } = null!;

    private IPlaywright? playwright;

    public Uri BaseAddress => App.BaseAddress;

    public async ValueTask InitializeAsync()
    {
        if (!File.Exists(ChromiumPath))
            throw new InvalidOperationException($"End-to-end tests need Debian's Chromium at {ChromiumPath} (apt-get install -y chromium); Playwright must not download a browser.");
        _ = App.BaseAddress;
        playwright = await Playwright.CreateAsync();
        Browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--no-first-run", "--disable-sync", "--disable-quic"],
        });
    }

    public async ValueTask DisposeAsync()
    {
        if (Browser is not null) await Browser.CloseAsync();
        playwright?.Dispose();
        await App.DisposeAsync();
    }
}

[CollectionDefinition(Name)]
public sealed class BrowserCollection : ICollectionFixture<BrowserFixture>
{
    public const string Name = "browser";
}
