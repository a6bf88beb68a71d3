using Microsoft.Data.Sqlite;

namespace AwesomeClip.Core.Storage;

/// <summary>The disk under the catalog failed (full, read-only, I/O error); what was being written was rolled back.</summary>
public sealed class StorageFailureException(string message, Exception inner) : Exception(message, inner);

/// <summary>Says in words what went wrong with the disk under the catalog, and recognizes nothing else.</summary>
public static class StorageFailure
{
    private const int SqliteReadOnly = 8;
    private const int SqliteIoError = 10;
    private const int SqliteFull = 13;
    private const int SqliteCantOpen = 14;

    // errno values as .NET reports them in IOException.HResult on Linux/macOS, and Windows' ERROR_DISK_FULL/HANDLE_DISK_FULL.
    private static readonly HashSet<int> DiskFullCodes = [28, 0x70, 0x27];

    /// <summary>A sentence for a storage failure anywhere in <paramref name="exception"/>'s chain, or null for any other error.</summary>
    public static string? Describe(Exception exception)
    {
        for (var e = exception; e is not null; e = e.InnerException)
        {
            switch (e)
            {
                case SqliteException { SqliteErrorCode: SqliteFull }:
                    return "the disk is full (free some space where the data directory is, then try again)";
                case SqliteException { SqliteErrorCode: SqliteReadOnly }:
                    return "the catalog database is read-only (check that the data directory and catalog.db are writable)";
                case SqliteException { SqliteErrorCode: SqliteIoError }:
                    return "the disk reported an I/O error while writing the catalog database";
                case SqliteException { SqliteErrorCode: SqliteCantOpen }:
                    return "the catalog database cannot be opened (check that the data directory exists and is writable)";
                case IOException io when DiskFullCodes.Contains(io.HResult & 0xFFFF):
                    return "the disk is full (free some space where the data directory is, then try again)";
                case UnauthorizedAccessException:
                    return "the data directory is not writable (permission denied)";
            }
        }
        return null;
    }
}
