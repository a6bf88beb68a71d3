namespace AwesomeClip.Core.Tests.TestSupport;

/// <summary>The database a test class runs against; database tests run once per provider (abstract base, one class each).</summary>
public enum TestProvider
{
    Sqlite,
    PostgreSql,
}

/// <summary>The PostgreSQL server for tests: <c>AWESOMECLIP_TEST_POSTGRES</c>, set by .ci/run (.ci/test-postgres.sh).</summary>
public static class TestPostgres
{
    public const string Variable = "AWESOMECLIP_TEST_POSTGRES";

    public static string? ConnectionString { get; } = Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } value ? value : null;

    public static string SkipReason =>
        $"PostgreSQL tests need {Variable} (a connection string to a server where the user may create databases); "
        + "`eval \"$(.ci/test-postgres.sh start /tmp/awesomeclip-pg)\"` starts a throwaway one. .ci/run sets it.";
}
