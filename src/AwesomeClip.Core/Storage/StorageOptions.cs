using System.ComponentModel.DataAnnotations;

namespace AwesomeClip.Core.Storage;

/// <summary>Where runtime state lives (configuration section <c>Storage</c>).</summary>
public sealed record StorageOptions
{
    public const string Section = "Storage";

    /// <summary>Folder for the database, the search index and uploaded figures. Never inside the repository's data/.</summary>
    [Required(AllowEmptyStrings = false)]
    public required string DataDirectory { get; init; } = DefaultDataDirectory;

    public string DatabasePath => Path.Combine(DataDirectory, "catalog.db");

    public string IndexDirectory => Path.Combine(DataDirectory, "index");

    public string FiguresDirectory => Path.Combine(DataDirectory, "figures");

    /// <summary>A per-user folder: ~/.local/share/AwesomeClip on Linux, %LOCALAPPDATA%\AwesomeClip on Windows.</summary>
    public static string DefaultDataDirectory =>
        Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData, Environment.SpecialFolderOption.Create), "AwesomeClip");

    public string SqliteConnectionString => $"Data Source={DatabasePath};Foreign Keys=True;Default Timeout=30;Pooling=True";
}
