namespace AwesomeClip.Core.Tests.TestSupport;

/// <summary>The database a test class runs against; database tests run once per provider (abstract base, one class each).</summary>
public enum TestProvider
{
    Sqlite,
    PostgreSql,
}
