namespace AwesomeClip.Web.Tests.TestSupport;

/// <summary>One app for the read-only tests of a class; tests that change the catalog start their own <see cref="AppFactory"/>.</summary>
public sealed class SharedApp : IDisposable
{
    public AppFactory Factory { get; } = new();

    public HttpClient Client { get; }

    public SharedApp() => Client = Factory.CreateClient(new() { AllowAutoRedirect = false });

    public void Dispose() => Factory.Dispose();
}
