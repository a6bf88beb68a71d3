namespace AwesomeClip.Core.Tests.TestSupport;

/// <summary>The database a test class runs against; database tests run once per provider (abstract base, one class each).</summary>
public enum TestProvider
{
    Sqlite,
    PostgreSql,
}

public static class TestProviders
{
    /// <summary>
    /// What a PostgreSQL test class passes to its base. Without a configured server the test is skipped with
    /// <see cref="TestPostgres.SkipReason"/> while its class is constructed, so nothing is set up or torn down.
    /// </summary>
    public static TestProvider PostgreSqlOrSkip()
    {
        Assert.SkipWhen(TestPostgres.ConnectionString is null, TestPostgres.SkipReason);
        return TestProvider.PostgreSql;
    }
}
