using AwesomeClip.Web;
using AwesomeClip.Web.CommandLine;

if (Cli.IsCommand(args))
    return await Cli.RunAsync(args);

// Reloading appsettings on change makes the file watcher set an inotify watch on each of the content root's ~220
// folders (ICU4N's satellite resources) at start, a tenth of a second of every cold start; an explicit argument wins.
var builder = WebApplication.CreateBuilder(["--hostBuilder:reloadConfigOnChange=false", .. args]);
builder.AddAwesomeClip();

var app = builder.Build();
app.UseAwesomeClip();
return await app.RunAwesomeClipAsync();

/// <summary>Entry point; public so that WebApplicationFactory&lt;Program&gt; can host the app in tests.</summary>
public partial class Program;
