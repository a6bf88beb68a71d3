using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace AwesomeClip.Tests.Shared;

/// <summary>
/// A disk that fails writes when armed, the way SQLite reports it (SQLITE_FULL = 13, SQLITE_READONLY = 8, …): works
/// as root and in CI, where chmod would not stop a write.
/// </summary>
public sealed class FailingWrites(int sqliteErrorCode) : DbCommandInterceptor
{
    public bool Armed { get; set; }

    public int Failures { get; private set; }

    public override InterceptionResult<DbDataReader> ReaderExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result) =>
        Fail(command, result);

    public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default) =>
        ValueTask.FromResult(Fail(command, result));

    public override InterceptionResult<int> NonQueryExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<int> result) =>
        Fail(command, result);

    public override ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default) =>
        ValueTask.FromResult(Fail(command, result));

    private T Fail<T>(DbCommand command, T result)
    {
        var sql = command.CommandText.TrimStart();
        // Migrations (and their lock) get through: the failure is meant for the catalog's own writes.
        if (!Armed || sql.Contains("__EFMigrations", StringComparison.Ordinal) || !(sql.StartsWith("INSERT", StringComparison.OrdinalIgnoreCase) || sql.StartsWith("UPDATE", StringComparison.OrdinalIgnoreCase) || sql.StartsWith("DELETE", StringComparison.OrdinalIgnoreCase)))
            return result;
        Failures++;
        throw new SqliteException($"SQLite Error {sqliteErrorCode}: simulated", sqliteErrorCode);
    }
}
