namespace AwesomeClip.Web.Hosting;

/// <summary>The stylesheet and blazor.web.js: from wwwroot when published, through the static web assets manifest otherwise.</summary>
public static class StaticFiles
{
    private static readonly string[] Required = ["app.css", "_framework/blazor.web.js"];

    /// <summary>
    /// Maps the build output's static web assets (wwwroot in the project, blazor.web.js in the framework's package), which
    /// the host does by itself only in Development: without it <c>dotnet run</c> in Production answers blazor.web.js with
    /// a 500. A published app has no manifest and serves its own wwwroot. Returns why the files cannot be found, or null.
    /// </summary>
    public static string? Use(WebApplicationBuilder builder)
    {
        builder.WebHost.UseStaticWebAssets();
        var files = builder.Environment.WebRootFileProvider;
        var missing = Required.Where(f => !files.GetFileInfo(f).Exists).ToList();
        return missing.Count == 0 ? null
            : $"AwesomeClip cannot start: {string.Join(" and ", missing)} not found in {Path.Combine(builder.Environment.ContentRootPath, "wwwroot")}. "
              + "The content root must be the app's own folder (the one with AwesomeClip.Web.dll and wwwroot/); remove a --contentRoot "
              + "or ASPNETCORE_CONTENTROOT that points elsewhere, or publish again (dotnet publish src/AwesomeClip.Web).";
    }
}
