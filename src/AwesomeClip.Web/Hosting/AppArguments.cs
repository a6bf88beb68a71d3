namespace AwesomeClip.Web.Hosting;

/// <summary>The host's arguments: the app's own folder as content root, and no configuration file watching.</summary>
public static class AppArguments
{
    /// <summary>
    /// Defaults before the caller's arguments (a later argument wins). The content root is the folder the app's dll is in,
    /// not the working directory: started from elsewhere, the working directory has neither appsettings.json nor wwwroot,
    /// and the static files would be served as empty 200s. An explicit <c>--contentRoot</c> or ASPNETCORE_CONTENTROOT wins.
    /// </summary>
    public static string[] With(string[] args)
    {
        // Reloading appsettings on change makes the file watcher set an inotify watch on each of the content root's ~220
        // folders (ICU4N's satellite resources) at start, a tenth of a second of every cold start.
        string[] defaults = ["--hostBuilder:reloadConfigOnChange=false"];
        if (!NamesContentRoot(args)) defaults = [.. defaults, $"--contentRoot={AppContext.BaseDirectory}"];
        return [.. defaults, .. args];
    }

    private static bool NamesContentRoot(string[] args) =>
        Environment.GetEnvironmentVariable("ASPNETCORE_CONTENTROOT") is { Length: > 0 }
        || Environment.GetEnvironmentVariable("DOTNET_CONTENTROOT") is { Length: > 0 }
        || args.Any(a => a.TrimStart('-', '/').StartsWith("contentRoot", StringComparison.OrdinalIgnoreCase));
}
