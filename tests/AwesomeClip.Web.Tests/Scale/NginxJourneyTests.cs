using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Net.Sockets;
using System.Net.WebSockets;
using System.Reflection;
using System.Runtime.CompilerServices;
using System.Text.Json;
using AwesomeClip.Web.CommandLine;
using AwesomeClip.Web.Tests.TestSupport;

namespace AwesomeClip.Web.Tests.Scale;

/// <summary>
/// Two app processes on one PostgreSQL database behind nginx with sticky routing (the setup of docs/deployment.md), all
/// on 127.0.0.1: browse, open the Blazor circuit's WebSocket, import a changed list, search on both instances.
/// </summary>
public sealed class NginxJourneyTests(ITestOutputHelper output)
{
    [NginxFact]
    public async Task ShouldBrowseSearchAndSeeAnEditOnBothInstancesThroughNginx()
    {
        var work = Directory.CreateTempSubdirectory("awesomeclip-nginx-");
        var database = await TestPostgres.CreateDatabaseAsync();
        var processes = new List<Process>();
        try
        {
            var (portA, portB, portProxy) = (FreePort(), FreePort(), FreePort());
            processes.Add(StartApp(work.FullName, "a", portA, database));
            await WaitReadyAsync($"http://127.0.0.1:{portA}", processes[0]);
            processes.Add(StartApp(work.FullName, "b", portB, database));
            await WaitReadyAsync($"http://127.0.0.1:{portB}", processes[1]);
            processes.Add(StartNginx(work.FullName, portProxy, portA, portB));
            var proxy = new Uri($"http://127.0.0.1:{portProxy}");
            await WaitReadyAsync(proxy.ToString(), processes[2]);

            // Each new visitor gets a sticky cookie; collect one visitor pinned to each instance (asking for what nginx
            // never caches: a cache hit names no upstream).
            var visitors = new Dictionary<string, (HttpClient Client, CookieContainer Cookies)>();
            for (var i = 0; i < 40 && visitors.Count < 2; i++)
            {
                var cookies = new CookieContainer();
                var client = new HttpClient(new HttpClientHandler { CookieContainer = cookies, AllowAutoRedirect = false }) { BaseAddress = proxy };
                var search = await client.GetAsync("/search?q=CLIP");
                Assert.Equal(HttpStatusCode.OK, search.StatusCode);
                visitors.TryAdd(search.Headers.GetValues("X-Upstream").Single(), (client, cookies));
            }
            Assert.Equal(2, visitors.Count);

            // A reader's second request for a page is answered by nginx's cache, a visitor's with the sticky cookie too.
            using var reader = new HttpClient(new HttpClientHandler { UseCookies = false }) { BaseAddress = proxy };
            var paper = await reader.GetAsync("/papers/1");
            var second = await reader.GetAsync("/papers/1");
            Assert.Equal(HttpStatusCode.OK, second.StatusCode);
            Assert.Equal("HIT", second.Headers.GetValues("X-Cache-Status").Single());
            Assert.Equal(await paper.Content.ReadAsStringAsync(), await second.Content.ReadAsStringAsync());
            Assert.Equal("HIT", (await visitors.First().Value.Client.GetAsync("/papers/1")).Headers.GetValues("X-Cache-Status").Single());
            // A reader of the other language never gets the cached English page (ADR-035): the key holds the language.
            foreach (var (header, value) in new[] { ("Accept-Language", "zh-CN,zh;q=0.9"), ("Cookie", "awesomeclip_culture=c%3Dzh-CN%7Cuic%3Dzh-CN") })
            {
                using var chinese = new HttpRequestMessage(HttpMethod.Get, "/papers/1");
                chinese.Headers.Add(header, value);
                var zh = await reader.SendAsync(chinese);
                Assert.Contains("<html lang=\"zh-CN\"", await zh.Content.ReadAsStringAsync());
            }
            Assert.Contains("<html lang=\"en\"", await (await reader.GetAsync("/papers/1")).Content.ReadAsStringAsync());
            // A signed-in maintainer's request never comes from the cache, nor goes into it.
            using var signedIn = new HttpRequestMessage(HttpMethod.Get, "/papers/1");
            signedIn.Headers.Add("Cookie", "AwesomeClip.Auth=anything");
            Assert.Equal("BYPASS", (await reader.SendAsync(signedIn)).Headers.GetValues("X-Cache-Status").Single());
            // A form page sets its antiforgery cookie and is never stored.
            await reader.GetAsync("/suggest");
            Assert.NotEqual("HIT", (await reader.GetAsync("/suggest")).Headers.GetValues("X-Cache-Status").Single());

            foreach (var (upstream, (client, cookies)) in visitors)
            {
                Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/papers")).StatusCode);
                var again = await client.GetAsync("/search?q=CLIP");
                Assert.Equal(upstream, again.Headers.GetValues("X-Upstream").Single());
                await OpenCircuitSocketAsync(client, cookies, proxy);
            }

            var list = Path.Combine(work.FullName, "changed.md");
            await File.WriteAllTextAsync(list, RenamedFirstPaper(await File.ReadAllTextAsync(Path.Combine(AppContext.BaseDirectory, "seed", "awesome-clip.md")), "Platypusnet"));
            var import = await Cli.RunAsync(["import", list, "--Storage:Provider=PostgreSql", $"--ConnectionStrings:Catalog={database}",
                $"--Storage:DataDirectory={Path.Combine(work.FullName, "cli")}"], TextWriter.Null, TextWriter.Null);
            Assert.Equal(0, import);

            var watch = Stopwatch.StartNew();
            foreach (var (upstream, (client, _)) in visitors)
            {
                while ((await client.GetFromJsonAsync<JsonDocument>("/api/search?q=Platypusnet"))!.RootElement.GetProperty("total").GetInt32() == 0)
                {
                    Assert.True(watch.Elapsed < TimeSpan.FromSeconds(2), $"the import was not searchable on {upstream} after {watch.ElapsedMilliseconds} ms");
                    await Task.Delay(25);
                }
                output.WriteLine($"searchable on {upstream} after {watch.ElapsedMilliseconds} ms");
            }
        }
        finally
        {
            foreach (var process in processes)
            {
                try { process.Kill(entireProcessTree: true); } catch (InvalidOperationException) { }
                await process.WaitForExitAsync(new CancellationTokenSource(TimeSpan.FromSeconds(10)).Token).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
                process.Dispose();
            }
            await TestPostgres.DropDatabaseAsync(database);
            try { work.Delete(recursive: true); } catch (IOException) { }
        }
    }

    /// <summary>Negotiates a Blazor circuit connection and upgrades it to a WebSocket through the proxy, with the visitor's sticky cookie.</summary>
    private static async Task OpenCircuitSocketAsync(HttpClient client, CookieContainer cookies, Uri proxy)
    {
        var negotiate = await client.PostAsync("/_blazor/negotiate?negotiateVersion=1", null);
        Assert.Equal(HttpStatusCode.OK, negotiate.StatusCode);
        var token = (await negotiate.Content.ReadFromJsonAsync<JsonDocument>())!.RootElement.GetProperty("connectionToken").GetString();
        using var socket = new ClientWebSocket();
        socket.Options.Cookies = cookies;
        await socket.ConnectAsync(new Uri($"ws://{proxy.Authority}/_blazor?id={token}"), new CancellationTokenSource(TimeSpan.FromSeconds(10)).Token);
        Assert.Equal(WebSocketState.Open, socket.State);
        await socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, "done", default);
    }

    private Process StartApp(string work, string name, int port, string database)
    {
        var dll = Path.Combine(WebOutput, "AwesomeClip.Web.dll");
        var info = new ProcessStartInfo("dotnet", [dll, "--urls", $"http://127.0.0.1:{port}"])
        {
            WorkingDirectory = WebOutput,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            Environment =
            {
                ["ASPNETCORE_ENVIRONMENT"] = "Production",
                ["Storage__Provider"] = "PostgreSql",
                ["ConnectionStrings__Catalog"] = database,
                ["Storage__DataDirectory"] = Path.Combine(work, name),
                ["Logging__Console__FormatterName"] = "json",
                ["ForwardedHeaders__KnownProxies__0"] = "127.0.0.1",
            },
        };
        return StartLogged(info, name);
    }

    private Process StartNginx(string work, int port, int portA, int portB)
    {
        var conf = Path.Combine(work, "nginx.conf");
        File.WriteAllText(conf, NginxConfig.ForTest(work, port, [portA, portB]));
        var info = new ProcessStartInfo("nginx", ["-p", work, "-c", conf, "-g", $"daemon off; master_process off; pid {work}/nginx.pid;"])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        return StartLogged(info, "nginx");
    }

    private Process StartLogged(ProcessStartInfo info, string name)
    {
        var process = Process.Start(info)!;
        process.OutputDataReceived += (_, e) => { if (e.Data is { } line && (line.Contains("\"LogLevel\":\"Error\"", StringComparison.Ordinal) || line.Contains("\"LogLevel\":\"Critical\"", StringComparison.Ordinal))) Log($"{name}: {line}"); };
        process.ErrorDataReceived += (_, e) => { if (e.Data is { } line) Log($"{name} (stderr): {line}"); };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }

    private void Log(string line)
    {
        try { output.WriteLine(line); } catch (InvalidOperationException) { }
    }

    private static async Task WaitReadyAsync(string baseUrl, Process process)
    {
        using var client = new HttpClient { BaseAddress = new Uri(baseUrl), Timeout = TimeSpan.FromSeconds(5) };
        var watch = Stopwatch.StartNew();
        while (true)
        {
            if (process.HasExited) throw new InvalidOperationException($"{process.StartInfo.FileName} exited with {process.ExitCode} before {baseUrl} was ready.");
            try
            {
                if ((await client.GetAsync("/health/ready")).StatusCode == HttpStatusCode.OK) return;
            }
            catch (HttpRequestException) { }
            catch (TaskCanceledException) { }
            if (watch.Elapsed > TimeSpan.FromSeconds(90)) throw new TimeoutException($"{baseUrl} not ready after 90 s");
            await Task.Delay(200);
        }
    }

    private static string RenamedFirstPaper(string markdown, string word)
    {
        var row = markdown.Split('\n').First(l => l.StartsWith("| [", StringComparison.Ordinal));
        var renamed = System.Text.RegularExpressions.Regex.Replace(row, @"\*\*(.+?)\*\*", $"**$1 {word}**", System.Text.RegularExpressions.RegexOptions.None, TimeSpan.FromSeconds(1));
        return markdown.Replace(row, renamed, StringComparison.Ordinal);
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    /// <summary>The web project's own build output (bin/&lt;Configuration&gt;/net10.0), which runs as its own process.</summary>
    private static string WebOutput
    {
        get
        {
            var root = typeof(NginxJourneyTests).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == "RepoRoot").Value!;
            var configuration = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar)).Parent!.Name;
            return Path.Combine(root, "src", "AwesomeClip.Web", "bin", configuration, "net10.0");
        }
    }
}

/// <summary>A fact that needs nginx and PostgreSQL; skipped, saying which is missing, on machines without them.</summary>
public sealed class NginxFactAttribute : FactAttribute
{
    public NginxFactAttribute([CallerFilePath] string? sourceFilePath = null, [CallerLineNumber] int sourceLineNumber = -1)
        : base(sourceFilePath, sourceLineNumber)
    {
        if (TestPostgres.ConnectionString is null) Skip = TestPostgres.SkipReason;
        else if (!File.Exists("/usr/sbin/nginx")) Skip = "nginx is not installed (apt-get install -y nginx; .ci/run installs it).";
    }
}
