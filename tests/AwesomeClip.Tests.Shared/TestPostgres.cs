using System.Runtime.CompilerServices;
using Npgsql;

namespace AwesomeClip.Tests.Shared;

/// <summary>The PostgreSQL server for tests (<c>AWESOMECLIP_TEST_POSTGRES</c>, set by .ci/run); one database per test, dropped after.</summary>
public static class TestPostgres
{
    public const string Variable = "AWESOMECLIP_TEST_POSTGRES";

    public static string? ConnectionString { get; } = Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } value ? value : null;

    public static string SkipReason =>
        $"PostgreSQL tests need {Variable} (a connection string to a server where the user may create databases); "
        + "`eval \"$(.ci/test-postgres.sh start /tmp/awesomeclip-pg)\"` starts a throwaway one. .ci/run sets it.";

    /// <summary>Creates a uniquely named database and returns its connection string.</summary>
    public static async Task<string> CreateDatabaseAsync(string? name = null)
    {
        name ??= $"awesomeclip_test_{Guid.NewGuid():N}";
        await using var admin = new NpgsqlConnection(For("postgres"));
        await admin.OpenAsync();
        await using var command = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", admin);
        await command.ExecuteNonQueryAsync();
        return For(name);
    }

    public static async Task DropDatabaseAsync(string connectionString)
    {
        var name = new NpgsqlConnectionStringBuilder(connectionString).Database!;
        NpgsqlConnection.ClearAllPools();
        await using var admin = new NpgsqlConnection(For("postgres"));
        await admin.OpenAsync();
        await using var command = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)", admin);
        await command.ExecuteNonQueryAsync();
    }

    public static string For(string database) =>
        new NpgsqlConnectionStringBuilder(ConnectionString ?? throw new InvalidOperationException(SkipReason)) { Database = database }.ConnectionString;
}

/// <summary>A fact that needs PostgreSQL; skipped, saying how to get one, when <see cref="TestPostgres.Variable"/> is not set.</summary>
public sealed class PostgreSqlFactAttribute : FactAttribute
{
    public PostgreSqlFactAttribute([CallerFilePath] string? sourceFilePath = null, [CallerLineNumber] int sourceLineNumber = -1)
        : base(sourceFilePath, sourceLineNumber)
    {
        if (TestPostgres.ConnectionString is null) Skip = TestPostgres.SkipReason;
    }
}
