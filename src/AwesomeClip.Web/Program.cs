using AwesomeClip.Web;
using AwesomeClip.Web.CommandLine;

if (Cli.IsCommand(args))
    return await Cli.RunAsync(args);

var builder = WebApplication.CreateBuilder(args);
builder.AddAwesomeClip();

var app = builder.Build();
app.UseAwesomeClip();
await app.InitializeAwesomeClipAsync();
await app.RunAsync();
return 0;

/// <summary>Entry point; public so that WebApplicationFactory&lt;Program&gt; can host the app in tests.</summary>
public partial class Program;
