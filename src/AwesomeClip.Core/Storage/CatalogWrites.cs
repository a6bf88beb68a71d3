using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace AwesomeClip.Core.Storage;

/// <summary>
/// Counts the writes this process commits to a catalog database: every committed transaction of a
/// <see cref="CatalogDbContext"/>, every save and statement outside one. A reader that keeps what it read
/// (<see cref="Reading.CatalogSnapshot"/>) checks the database again when the count moves, so an edit made in this
/// process is never followed by an older read; it does not say what changed, nor in which database.
/// </summary>
public static class CatalogWrites
{
    private static long generation;

    public static long Generation => Volatile.Read(ref generation);

    internal static IInterceptor[] Interceptors { get; } = [new Commits(), new Statements()];

    internal static void Written() => Interlocked.Increment(ref generation);

    private sealed class Commits : DbTransactionInterceptor
    {
        public override void TransactionCommitted(DbTransaction transaction, TransactionEndEventData eventData) => Written();

        public override Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
        {
            Written();
            return Task.CompletedTask;
        }
    }

    // ExecuteUpdate, ExecuteDelete and raw SQL outside a transaction commit on their own.
    private sealed class Statements : DbCommandInterceptor
    {
        public override int NonQueryExecuted(DbCommand command, CommandExecutedEventData eventData, int result)
        {
            if (command.Transaction is null) Written();
            return result;
        }

        public override ValueTask<int> NonQueryExecutedAsync(DbCommand command, CommandExecutedEventData eventData, int result, CancellationToken cancellationToken = default)
        {
            if (command.Transaction is null) Written();
            return ValueTask.FromResult(result);
        }
    }
}
