using Xunit.Abstractions;
using Xunit.Sdk;

namespace AwesomeClip.Core.Tests.TestSupport;

/// <summary>Marks the PostgreSQL class of a database test pair: its tests are skipped, with a reason, where no server is configured.</summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class UsesPostgreSqlAttribute : Attribute;

/// <summary>A fact of a database test class; skipped in a <see cref="UsesPostgreSqlAttribute"/> class without a server.</summary>
[XunitTestCaseDiscoverer("AwesomeClip.Core.Tests.TestSupport.DatabaseFactDiscoverer", "AwesomeClip.Core.Tests")]
[AttributeUsage(AttributeTargets.Method)]
public sealed class DatabaseFactAttribute : FactAttribute;

/// <summary>A theory of a database test class; skipped in a <see cref="UsesPostgreSqlAttribute"/> class without a server.</summary>
[XunitTestCaseDiscoverer("AwesomeClip.Core.Tests.TestSupport.DatabaseTheoryDiscoverer", "AwesomeClip.Core.Tests")]
[AttributeUsage(AttributeTargets.Method)]
public sealed class DatabaseTheoryAttribute : TheoryAttribute;

public sealed class DatabaseFactDiscoverer(IMessageSink sink) : FactDiscoverer(sink)
{
    public override IEnumerable<IXunitTestCase> Discover(ITestFrameworkDiscoveryOptions discoveryOptions, ITestMethod testMethod, IAttributeInfo factAttribute) =>
        DatabaseSkip.For(testMethod) is { } reason
            ? [new XunitSkippedDataRowTestCase(DiagnosticMessageSink, discoveryOptions.MethodDisplayOrDefault(), discoveryOptions.MethodDisplayOptionsOrDefault(), testMethod, reason)]
            : base.Discover(discoveryOptions, testMethod, factAttribute);
}

public sealed class DatabaseTheoryDiscoverer(IMessageSink sink) : TheoryDiscoverer(sink)
{
    public override IEnumerable<IXunitTestCase> Discover(ITestFrameworkDiscoveryOptions discoveryOptions, ITestMethod testMethod, IAttributeInfo theoryAttribute) =>
        DatabaseSkip.For(testMethod) is { } reason
            ? [new XunitSkippedDataRowTestCase(DiagnosticMessageSink, discoveryOptions.MethodDisplayOrDefault(), discoveryOptions.MethodDisplayOptionsOrDefault(), testMethod, reason)]
            : base.Discover(discoveryOptions, testMethod, theoryAttribute);
}

internal static class DatabaseSkip
{
    public static string? For(ITestMethod testMethod) =>
        TestPostgres.ConnectionString is null
        && testMethod.TestClass.Class.GetCustomAttributes(typeof(UsesPostgreSqlAttribute).AssemblyQualifiedName).Any()
            ? TestPostgres.SkipReason
            : null;
}
