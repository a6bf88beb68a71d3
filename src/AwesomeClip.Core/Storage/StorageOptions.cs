using System.ComponentModel.DataAnnotations;
using Microsoft.Extensions.Configuration;

namespace AwesomeClip.Core.Storage;

/// <summary>Where runtime state lives (configuration section <c>Storage</c>, plus <c>ConnectionStrings:Catalog</c>).</summary>
public sealed record StorageOptions
{
    public const string Section = "Storage";

    /// <summary>Folder for the database, the search index and uploaded figures. Never inside the repository's data/.</summary>
    [Required(AllowEmptyStrings = false)]
    public required string DataDirectory { get; init; } = DefaultDataDirectory;

    /// <summary><c>Sqlite</c> (default) or <c>PostgreSql</c>.</summary>
    public DatabaseProvider Provider { get; init; } = DatabaseProvider.Sqlite;

    /// <summary>The PostgreSQL connection string, bound from <c>ConnectionStrings:Catalog</c>; unused (and refused) with SQLite.</summary>
    [ConfigurationKeyName("Catalog")]
    public string? ConnectionString { get; init; }

    /// <summary><c>Storage:IndexDirectory</c>: where this instance keeps its search index (default: index/ in the data directory).</summary>
    [ConfigurationKeyName("IndexDirectory")]
    public string? IndexDirectorySetting { get; init; }

    public string DatabasePath => Path.Combine(DataDirectory, "catalog.db");

    public string IndexDirectory => IndexDirectorySetting is { Length: > 0 } path ? path : Path.Combine(DataDirectory, "index");

    public string FiguresDirectory => Path.Combine(DataDirectory, "figures");

    /// <summary>A per-user folder: ~/.local/share/AwesomeClip on Linux, %LOCALAPPDATA%\AwesomeClip on Windows.</summary>
    public static string DefaultDataDirectory =>
        Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData, Environment.SpecialFolderOption.Create), "AwesomeClip");

    public string SqliteConnectionString => $"Data Source={DatabasePath};Foreign Keys=True;Default Timeout=30;Pooling=True";

    /// <summary>The connection string of the configured provider.</summary>
    public string CatalogConnectionString => Provider == DatabaseProvider.PostgreSql
        ? ConnectionString ?? throw new InvalidOperationException("ConnectionStrings:Catalog is not set.")
        : SqliteConnectionString;

    /// <summary>What is wrong with the provider settings, in words an operator can act on; empty when they are fine.</summary>
    public IEnumerable<string> ProviderProblems()
    {
        if (!Enum.IsDefined(Provider))
        {
            yield return $"Storage:Provider must be Sqlite or PostgreSql (was {Provider}).";
        }
        else if (Provider == DatabaseProvider.PostgreSql && string.IsNullOrWhiteSpace(ConnectionString))
        {
            yield return "Storage:Provider is PostgreSql but ConnectionStrings:Catalog is empty: set it (environment variable ConnectionStrings__Catalog), "
                + "e.g. \"Host=127.0.0.1;Port=5432;Database=awesomeclip;Username=awesomeclip;Password=…\".";
        }
        else if (Provider == DatabaseProvider.PostgreSql && PostgreSqlConnectionProblem(ConnectionString!) is { } problem)
        {
            yield return $"ConnectionStrings:Catalog is not a valid PostgreSQL connection string: {problem}";
        }
        else if (Provider == DatabaseProvider.Sqlite && !string.IsNullOrWhiteSpace(ConnectionString))
        {
            yield return "ConnectionStrings:Catalog is set but Storage:Provider is Sqlite (the default), which keeps catalog.db in Storage:DataDirectory: "
                + "set Storage:Provider=PostgreSql to use that database, or remove the connection string.";
        }
    }

    private static string? PostgreSqlConnectionProblem(string connectionString)
    {
        try
        {
            var builder = new Npgsql.NpgsqlConnectionStringBuilder(connectionString);
            return string.IsNullOrWhiteSpace(builder.Host) ? "it names no Host." : null;
        }
        catch (ArgumentException e)
        {
            return e.Message;
        }
    }
}
