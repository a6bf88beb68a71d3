using System.Reflection;

namespace AwesomeClip.Web.Storage.Backup;

/// <summary>manifest.json inside a backup archive: what made it and which migrations its database has.</summary>
public sealed record BackupManifest
{
    public const string FileName = "manifest.json";
    public const string DatabaseEntry = "catalog.db";
    public const string FiguresFolder = "figures/";
    public const int CurrentFormat = 1;

    public int Format { get; init; } = CurrentFormat;

    public required string AppVersion { get; init; }

    public required DateTime CreatedAt { get; init; }

    /// <summary>The newest applied migration of each context (catalog, accounts, keys).</summary>
    public required IReadOnlyDictionary<string, string?> Migrations { get; init; }

    public int Papers { get; init; }

    public int Figures { get; init; }

    public static string CurrentAppVersion =>
        typeof(BackupManifest).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "unknown";
}
