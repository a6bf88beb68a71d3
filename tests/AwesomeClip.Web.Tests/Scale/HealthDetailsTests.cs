using AwesomeClip.Web.Accounts;
using System.Net;
using AwesomeClip.Web.Admin;
using AwesomeClip.Web.Tests.TestSupport;

namespace AwesomeClip.Web.Tests.Scale;

/// <summary>/health/ready tells the provider, migrations and errors only to this machine and to signed-in Admins.</summary>
public sealed class HealthDetailsTests(SharedApp app) : IClassFixture<SharedApp>
{
    private const string Remote = "203.0.113.5";

    [Fact]
    public async Task ShouldGiveARemoteAnonymousClientTheStatusAlone()
    {
        var client = app.Factory.CreateClient().From(Remote);

        var response = await client.GetAsync("/health/ready", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("{\"status\":\"Healthy\"}", await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task ShouldGiveARequestForwardedByAProxyTheStatusAlone()
    {
        var client = app.Factory.CreateClient().From("127.0.0.1");
        client.DefaultRequestHeaders.Add("X-Forwarded-For", Remote);

        Assert.Equal("{\"status\":\"Healthy\"}", await client.GetStringAsync("/health/ready", TestContext.Current.CancellationToken));
    }

    [Theory]
    [InlineData("127.0.0.1")]
    [InlineData("::1")]
    public async Task ShouldGiveTheDetailsToThisMachine(string address)
    {
        var body = await app.Factory.CreateClient().From(address).GetStringAsync("/health/ready", TestContext.Current.CancellationToken);

        Assert.Contains("\"provider\":\"Sqlite\"", body, StringComparison.Ordinal);
        Assert.Contains("\"changeLogPosition\"", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ShouldGiveTheDetailsToASignedInAdminAnywhere()
    {
        var admin = (await SignIn.SignedInClientAsync(app.Factory, Roles.Admin)).From(Remote);
        var editor = (await SignIn.SignedInClientAsync(app.Factory, Roles.Editor)).From(Remote);

        Assert.Contains("\"provider\":\"Sqlite\"", await admin.GetStringAsync("/health/ready", TestContext.Current.CancellationToken), StringComparison.Ordinal);
        Assert.Equal("{\"status\":\"Healthy\"}", await editor.GetStringAsync("/health/ready", TestContext.Current.CancellationToken));
    }
}
