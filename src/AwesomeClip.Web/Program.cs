using AwesomeClip.Web;
using AwesomeClip.Web.CommandLine;
using AwesomeClip.Web.Hosting;

if (Cli.IsCommand(args))
    return await Cli.RunAsync(args);

var builder = WebApplication.CreateBuilder(AppArguments.With(args));
if (StaticFiles.Use(builder) is { } problem)
{
    await Console.Error.WriteLineAsync(problem);
    return 1;
}
builder.AddAwesomeClip();

// Disposing the app on the way out closes the search index's writer (and its write.lock) like RunAsync would.
await using var app = builder.Build();
app.UseAwesomeClip();
return await app.RunAwesomeClipAsync();

/// <summary>Entry point; public so that WebApplicationFactory&lt;Program&gt; can host the app in tests.</summary>
public partial class Program;
