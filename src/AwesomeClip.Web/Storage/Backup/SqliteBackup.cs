using System.Diagnostics;
using System.IO.Compression;
using System.Text.Json;
using AwesomeClip.Core.Storage;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Options;

namespace AwesomeClip.Web.Storage.Backup;

/// <summary>
/// Backs the SQLite catalog up while the app runs: <c>VACUUM INTO</c> takes a consistent copy in one read transaction
/// (writers go on under WAL), and the copy goes into a zip with the uploaded figures and a manifest. Restores into an
/// empty data directory; the search index is rebuilt at the next start.
/// </summary>
public sealed class SqliteBackup(IOptions<StorageOptions> storage, TimeProvider clock, ILogger<SqliteBackup> logger)
{
    private static readonly string[] HistoryTables = ["__EFMigrationsHistory", "__EFMigrationsHistory_Accounts", "__EFMigrationsHistory_Keys"];

    public async Task<BackupManifest> BackupAsync(string archivePath, CancellationToken ct = default)
    {
        var options = storage.Value;
        if (!File.Exists(options.DatabasePath)) throw new BackupException($"There is no catalog database at {options.DatabasePath}; nothing to back up.");
        var watch = Stopwatch.StartNew();
        var work = Directory.CreateTempSubdirectory("awesomeclip-backup-");
        try
        {
            var copy = Path.Combine(work.FullName, BackupManifest.DatabaseEntry);
            await using (var connection = new SqliteConnection(options.SqliteConnectionString))
            {
                await connection.OpenAsync(ct);
                await using var vacuum = connection.CreateCommand();
                vacuum.CommandText = "VACUUM INTO $path";
                vacuum.Parameters.AddWithValue("$path", copy);
                await vacuum.ExecuteNonQueryAsync(ct);
            }
            var figures = Directory.Exists(options.FiguresDirectory)
                ? Directory.GetFiles(options.FiguresDirectory, "*", SearchOption.AllDirectories) : [];
            var manifest = new BackupManifest
            {
                AppVersion = BackupManifest.CurrentAppVersion,
                CreatedAt = clock.GetUtcNow().UtcDateTime,
                Migrations = await LatestMigrationsAsync(copy, ct),
                Papers = await ScalarAsync(copy, "SELECT COUNT(*) FROM Papers", ct),
                Figures = figures.Length,
            };

            var temp = archivePath + ".partial";
            await using (var file = File.Create(temp))
            await using (var zip = new ZipArchive(file, ZipArchiveMode.Create))
            {
                await zip.CreateEntryFromFileAsync(copy, BackupManifest.DatabaseEntry, CompressionLevel.Optimal, ct);
                foreach (var figure in figures)
                {
                    var name = BackupManifest.FiguresFolder + Path.GetRelativePath(options.FiguresDirectory, figure).Replace('\\', '/');
                    await zip.CreateEntryFromFileAsync(figure, name, CompressionLevel.NoCompression, ct);
                }
                var entry = zip.CreateEntry(BackupManifest.FileName);
                await using var stream = await entry.OpenAsync(ct);
                await JsonSerializer.SerializeAsync(stream, manifest, JsonSerializerOptions.Web, ct);
            }
            File.Move(temp, archivePath, overwrite: true);
            logger.LogInformation("Backed up {Papers} papers and {Figures} figures to {Archive} in {Elapsed} ms",
                manifest.Papers, manifest.Figures, archivePath, watch.ElapsedMilliseconds);
            return manifest;
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            work.Delete(recursive: true);
        }
    }

    /// <summary>Unpacks an archive into the (empty, or cleared with <paramref name="force"/>) data directory and checks the database.</summary>
    public async Task<BackupManifest> RestoreAsync(string archivePath, bool force, CancellationToken ct = default)
    {
        var options = storage.Value;
        if (!File.Exists(archivePath)) throw new BackupException($"{archivePath} does not exist.");
        var watch = Stopwatch.StartNew();
        var target = Path.GetFullPath(options.DataDirectory);
        if (Directory.Exists(target) && Directory.EnumerateFileSystemEntries(target).Any())
        {
            if (!force)
                throw new BackupException($"{target} is not empty: restore into an empty data directory (set Storage__DataDirectory), or pass --force to replace its database, figures and index.");
            Clear(options);
        }
        Directory.CreateDirectory(target);

        await using var zip = await ZipFile.OpenReadAsync(archivePath, ct);
        var manifestEntry = zip.GetEntry(BackupManifest.FileName) ?? throw new BackupException($"{archivePath} is not an AwesomeClip backup (no {BackupManifest.FileName}).");
        BackupManifest manifest;
        await using (var stream = await manifestEntry.OpenAsync(ct))
        {
            manifest = await JsonSerializer.DeserializeAsync<BackupManifest>(stream, JsonSerializerOptions.Web, ct)
                ?? throw new BackupException($"{archivePath} has an empty manifest.");
        }

        if (manifest.Format > BackupManifest.CurrentFormat)
            throw new BackupException($"{archivePath} was written by a newer AwesomeClip ({manifest.AppVersion}); restore it with that version.");

        foreach (var entry in zip.Entries)
        {
            if (entry.FullName == BackupManifest.FileName || entry.FullName.EndsWith('/')) continue;
            if (entry.FullName != BackupManifest.DatabaseEntry && !entry.FullName.StartsWith(BackupManifest.FiguresFolder, StringComparison.Ordinal))
                throw new BackupException($"{archivePath} holds an unexpected entry {entry.FullName}.");
            var path = Path.GetFullPath(Path.Combine(target, entry.FullName));
            if (!path.StartsWith(target + Path.DirectorySeparatorChar, StringComparison.Ordinal))
                throw new BackupException($"{archivePath} holds an entry outside the data directory: {entry.FullName}.");
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            await entry.ExtractToFileAsync(path, overwrite: false, ct);
        }
        if (!File.Exists(options.DatabasePath)) throw new BackupException($"{archivePath} holds no {BackupManifest.DatabaseEntry}.");

        var check = await IntegrityCheckAsync(options.DatabasePath, ct);
        if (check != "ok") throw new BackupException($"The restored database failed its integrity check: {check}");
        logger.LogInformation("Restored {Papers} papers and {Figures} figures from {Archive} (made {CreatedAt:O} by {Version}) in {Elapsed} ms",
            manifest.Papers, manifest.Figures, archivePath, manifest.CreatedAt, manifest.AppVersion, watch.ElapsedMilliseconds);
        return manifest;
    }

    public static async Task<string> IntegrityCheckAsync(string databasePath, CancellationToken ct)
    {
        await using var connection = new SqliteConnection($"Data Source={databasePath};Mode=ReadOnly;Pooling=False");
        await connection.OpenAsync(ct);
        await using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA integrity_check";
        return (string)(await command.ExecuteScalarAsync(ct))!;
    }

    private static void Clear(StorageOptions options)
    {
        foreach (var suffix in new[] { "", "-wal", "-shm" }) File.Delete(options.DatabasePath + suffix);
        foreach (var folder in new[] { options.FiguresDirectory, options.IndexDirectory })
            if (Directory.Exists(folder)) Directory.Delete(folder, recursive: true);
    }

    private static async Task<IReadOnlyDictionary<string, string?>> LatestMigrationsAsync(string databasePath, CancellationToken ct)
    {
        var result = new Dictionary<string, string?>();
        await using var connection = new SqliteConnection($"Data Source={databasePath};Mode=ReadOnly;Pooling=False");
        await connection.OpenAsync(ct);
        foreach (var table in HistoryTables)
        {
            await using var command = connection.CreateCommand();
            command.CommandText = $"SELECT MAX(MigrationId) FROM \"{table}\" WHERE EXISTS (SELECT 1 FROM sqlite_master WHERE name = '{table}')";
            try
            {
                result[table] = await command.ExecuteScalarAsync(ct) as string;
            }
            catch (SqliteException)
            {
                result[table] = null;
            }
        }
        return result;
    }

    private static async Task<int> ScalarAsync(string databasePath, string sql, CancellationToken ct)
    {
        await using var connection = new SqliteConnection($"Data Source={databasePath};Mode=ReadOnly;Pooling=False");
        await connection.OpenAsync(ct);
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToInt32(await command.ExecuteScalarAsync(ct), System.Globalization.CultureInfo.InvariantCulture);
    }
}

/// <summary>A backup or restore that cannot be done, with what to do about it.</summary>
public sealed class BackupException(string message) : Exception(message);
