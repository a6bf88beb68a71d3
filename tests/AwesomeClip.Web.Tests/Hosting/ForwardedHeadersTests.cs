using System.Net;
using AwesomeClip.Web.Hosting;
using AwesomeClip.Web.Tests.TestSupport;
using Microsoft.AspNetCore.Mvc.Testing;

namespace AwesomeClip.Web.Tests.Hosting;

/// <summary>X-Forwarded-For is believed only from configured proxies, so a client cannot pick its address (real Kestrel, loopback).</summary>
public sealed class ForwardedHeadersTests
{
    [Fact]
    public async Task ShouldNotLetALoopbackClientResetTheSignInRateLimitWithXForwardedFor()
    {
        await using var app = Kestrel(new() { ["Accounts:SignInPostsPerMinute"] = "3" });

        var answers = await SignInPostsAsync(app, 5);

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests, HttpStatusCode.TooManyRequests], answers);
    }

    [Fact]
    public async Task ShouldBelieveXForwardedForFromAConfiguredProxy()
    {
        await using var app = Kestrel(new() { ["Accounts:SignInPostsPerMinute"] = "3", ["ForwardedHeaders:KnownProxies:0"] = "127.0.0.1" });

        var answers = await SignInPostsAsync(app, 5);

        Assert.All(answers, a => Assert.Equal(HttpStatusCode.OK, a));
    }

    [Fact]
    public void ShouldRefuseToStartWithAProxyThatIsNotAnAddress()
    {
        var options = new ProxyOptions { KnownProxies = ["nginx.local"], KnownNetworks = ["10.0.0.0/33"] };

        var errors = options.Validate(new System.ComponentModel.DataAnnotations.ValidationContext(options)).Select(e => e.ErrorMessage).ToList();

        Assert.Equal(2, errors.Count);
        Assert.Contains(errors, e => e!.Contains("'nginx.local' is not an IP address", StringComparison.Ordinal));
    }

    /// <summary>Sign-in posts, each claiming another client address in X-Forwarded-For.</summary>
    private static async Task<List<HttpStatusCode>> SignInPostsAsync(WebApplicationFactory<Program> app, int count)
    {
        var answers = new List<HttpStatusCode>();
        for (var i = 0; i < count; i++)
        {
            var client = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true, BaseAddress = app.ClientOptions.BaseAddress });
            client.DefaultRequestHeaders.Add("X-Forwarded-For", $"203.0.113.{i + 1}");
            answers.Add((await SignIn.PostLoginAsync(client, "someone@example.org", "Wrong-password-1")).StatusCode);
        }
        return answers;
    }

    private static AppFactory Kestrel(Dictionary<string, string?> settings)
    {
        var factory = new AppFactory { Settings = settings };
        factory.UseKestrel(o => o.Listen(IPAddress.Loopback, 0));
        factory.StartServer();
        return factory;
    }
}
