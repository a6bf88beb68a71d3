using AwesomeClip.Core.Storage;
using Npgsql;

namespace AwesomeClip.Web.CommandLine;

/// <summary>On PostgreSQL, backups are the server's business: the commands say exactly what to run instead.</summary>
internal static class PostgreSqlGuidance
{
    public static void WriteBackup(StorageOptions storage, string file, TextWriter output)
    {
        output.WriteLine("The catalog is on PostgreSQL: back it up with the server's own tool (password from PGPASSWORD or ~/.pgpass):");
        output.WriteLine($"  pg_dump --format=custom --no-owner {Target(storage)} --file {Quote(file)}");
        output.WriteLine("Also copy each instance's uploaded figures folder (Storage:DataDirectory/figures). See docs/deployment.md.");
    }

    public static void WriteRestore(StorageOptions storage, string file, TextWriter output)
    {
        output.WriteLine("The catalog is on PostgreSQL: stop the app instances, then restore into the (empty or recreated) database:");
        output.WriteLine($"  pg_restore --clean --if-exists --no-owner {Target(storage)} {Quote(file)}");
        output.WriteLine("Each instance rebuilds its search index when it starts. See docs/deployment.md.");
    }

    private static string Target(StorageOptions storage)
    {
        var builder = new NpgsqlConnectionStringBuilder(storage.ConnectionString);
        return $"--host {Quote(builder.Host ?? "localhost")} --port {builder.Port} --username {Quote(builder.Username ?? "postgres")} --dbname {Quote(builder.Database ?? "postgres")}";
    }

    private static string Quote(string value) => value.All(c => char.IsLetterOrDigit(c) || c is '.' or '-' or '_' or '/') ? value : $"'{value.Replace("'", "'\\''", StringComparison.Ordinal)}'";
}
