using AwesomeClip.Core.LinkHealth;
using Microsoft.EntityFrameworkCore;

namespace AwesomeClip.Web.Tests.TestSupport;

/// <summary>
/// The app seeded with a small list whose every link points at a <see cref="LinkStub"/> on 127.0.0.1, with the fast
/// link health options of the tests (millisecond back-off, loopback allowed). The stub answers:
/// <c>/ok</c> 200, <c>/moved-a</c> and <c>/moved-b</c> 301 to <c>/ok</c>, <c>/found</c> 302 to <c>/ok</c>, <c>/gone</c> 410.
/// </summary>
public sealed class LinkListApp : IAsyncLifetime
{
    public const string Steady = "Steady Paper";
    public const string MovedA = "Moved Paper A";
    public const string MovedB = "Moved Paper B";
    public const string Missing = "Missing Paper";

    private readonly string folder = Path.Combine(Path.GetTempPath(), "awesomeclip-links", Guid.NewGuid().ToString("N"));

    public LinkStub Stub { get; private set; } = null!;

    public AppFactory Factory { get; private set; } = null!;

    public HttpClient Editor { get; private set; } = null!;

    public async ValueTask InitializeAsync()
    {
        Stub = await LinkStub.StartAsync();
        Stub.On("/ok", LinkStub.Status(200))
            .On("/moved-a", LinkStub.Redirect(301, "/ok"))
            .On("/moved-b", LinkStub.Redirect(301, "/ok"))
            .On("/found", LinkStub.Redirect(302, "/ok"))
            .On("/gone", LinkStub.Status(410));
        Factory = new AppFactory { Settings = Settings(WriteList(folder, Stub)) };
        Editor = Factory.CreateEditorClient();
        await Task.CompletedTask;
    }

    public static Dictionary<string, string?> Settings(string list) => new()
    {
        ["Seed:ListPath"] = list,
        ["LinkHealth:AllowPrivateAddresses"] = "true",
        ["LinkHealth:RetryDelay"] = "00:00:00.001",
        ["LinkHealth:PerHostDelay"] = "00:00:00",
        ["Site:PublicBaseUrl"] = PublicUrl,
    };

    /// <summary>The site's public URL, which the checker's User-Agent names.</summary>
    public const string PublicUrl = "https://clip.example.org/";

    /// <summary>A list of four papers linking to the stub: title links, github/code links.</summary>
    public static string WriteList(string folder, LinkStub stub)
    {
        Directory.CreateDirectory(folder);
        var list = Path.Combine(folder, "README.md");
        File.WriteAllText(list, $"""
            # Awesome Link Checks

            A list whose links a test serves.

            ## Papers

            - [{Steady}]({stub.Url("/ok")}), Ada Lovelace, CVPR 2021 | [github]({stub.Url("/found")})
            - [{MovedA}]({stub.Url("/moved-a")}), Alan Turing, ICCV 2022 | [code]({stub.Url("/ok")})
            - [{MovedB}]({stub.Url("/ok")}), Grace Hopper, ECCV 2022 | [github]({stub.Url("/moved-b")})
            - [{Missing}]({stub.Url("/gone")}), Edsger Dijkstra, NeurIPS 2023 | [github]({stub.Url("/ok")})

            """);
        return list;
    }

    public LinkHealthService Links => Factory.Get<LinkHealthService>();

    public Task<int> PaperIdAsync(string title) => ListApp.PaperIdAsync(Factory, title);

    public async Task<Core.Catalog.Paper> PaperAsync(string title)
    {
        await using var db = Factory.CreateDbContext();
        return await db.Papers.Include(p => p.Links).SingleAsync(p => p.Title == title);
    }

    public async ValueTask DisposeAsync()
    {
        await Stub.DisposeAsync();
        Editor.Dispose();
        await Factory.DisposeAsync();
        try { Directory.Delete(folder, recursive: true); } catch (IOException) { }
    }
}
