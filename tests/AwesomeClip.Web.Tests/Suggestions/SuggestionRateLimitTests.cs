using System.ComponentModel.DataAnnotations;
using System.Net;
using AwesomeClip.Web.Suggestions;
using AwesomeClip.Web.Tests.TestSupport;

namespace AwesomeClip.Web.Tests.Suggestions;

/// <summary>The per-client limit on the suggestion form's posts (checks and sends), next to the sign-in limit.</summary>
public sealed class SuggestionRateLimitTests
{
    [Fact]
    public async Task ShouldAnswer429WithRetryAfterOnceAClientHasPostedTooOften()
    {
        using var factory = new AppFactory { Settings = { ["Suggestions:PostsPerWindow"] = "3", ["Suggestions:Window"] = "00:10:00" } };
        var reader = SignIn.AnonymousClient(factory).From("198.51.100.7");

        var answers = new List<HttpStatusCode>();
        for (var i = 0; i < 4; i++) answers.Add((await SuggestionForms.CheckAsync(reader, SuggestionForms.Fields($"Limited {i}", "2401.00010"))).StatusCode);
        var blocked = await SuggestionForms.CheckAsync(reader, SuggestionForms.Fields("Limited again", "2401.00010"));

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests], answers);
        Assert.Equal(HttpStatusCode.TooManyRequests, blocked.StatusCode);
        var wait = blocked.Headers.RetryAfter?.Delta;
        Assert.True(wait > TimeSpan.Zero && wait <= TimeSpan.FromMinutes(10), $"Retry-After: {blocked.Headers.RetryAfter}");
        var page = await blocked.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.Contains("Too many suggestions from your address", page, StringComparison.Ordinal);
        Assert.Contains("Nothing was sent this time", page, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await reader.GetAsync("/suggest", TestContext.Current.CancellationToken)).StatusCode);
        var neighbour = SignIn.AnonymousClient(factory).From("198.51.100.8");
        Assert.Equal(HttpStatusCode.OK, (await SuggestionForms.CheckAsync(neighbour, SuggestionForms.Fields("Another client", "2401.00011"))).StatusCode);
    }

    [Fact]
    public async Task ShouldKeepTheSignInLimitWithItsOwnAnswer()
    {
        using var factory = new AppFactory { Settings = { ["Suggestions:PostsPerWindow"] = "1", ["Accounts:SignInPostsPerMinute"] = "1" } };
        var client = SignIn.AnonymousClient(factory).From("198.51.100.9");

        await SuggestionForms.CheckAsync(client, SuggestionForms.Fields("One", "2401.00012"));
        var suggestion = await SuggestionForms.CheckAsync(client, SuggestionForms.Fields("Two", "2401.00012"));
        await SignIn.PostLoginAsync(client, "someone@example.org", "Wrong-password-1");
        var signIn = await SignIn.PostLoginAsync(client, "someone@example.org", "Wrong-password-1");

        Assert.Equal((HttpStatusCode.TooManyRequests, HttpStatusCode.TooManyRequests), (suggestion.StatusCode, signIn.StatusCode));
        Assert.Contains("Too many suggestions", await suggestion.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
        Assert.Contains("Too many sign-in attempts", await signIn.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ShouldCountTheClientAConfiguredProxyForwards()
    {
        using var app = new KestrelApp(new AppFactory { Settings = { ["Suggestions:PostsPerWindow"] = "2", ["ForwardedHeaders:KnownProxies:0"] = "127.0.0.1" } });

        async Task<HttpStatusCode> CheckFromAsync(string address)
        {
            using var client = app.NewClient();
            client.DefaultRequestHeaders.Add("X-Forwarded-For", address);
            return (await SuggestionForms.CheckAsync(client, SuggestionForms.Fields("Behind a proxy", "2401.00013"))).StatusCode;
        }

        Assert.Equal(
            [HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests, HttpStatusCode.OK],
            [await CheckFromAsync("203.0.113.1"), await CheckFromAsync("203.0.113.1"), await CheckFromAsync("203.0.113.1"), await CheckFromAsync("203.0.113.2")]);
    }

    [Fact]
    public async Task ShouldRefuseAStreamedFormOverSixtyFourKilobytesOnKestrel()
    {
        // No Content-Length to refuse it by: Kestrel stops reading at the page's limit.
        using var app = new KestrelApp();
        using var client = app.NewClient();
        var body = new MemoryStream(System.Text.Encoding.ASCII.GetBytes("_handler=suggest&Input.Note=" + new string('x', 100_000)));
        using var content = new StreamContent(body);
        content.Headers.ContentType = new("application/x-www-form-urlencoded");
        using var request = new HttpRequestMessage(HttpMethod.Post, "/suggest") { Content = content };
        request.Headers.TransferEncodingChunked = true;

        var response = await client.SendAsync(request, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Contains("A suggestion may send at most 64 KB", await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0, "00:10:00", "Suggestions:PostsPerWindow must be between 1 and 100000.")]
    [InlineData(5, "00:00:00", "Suggestions:Window must be between 00:00:01 and 1.00:00:00.")]
    public void ShouldRefuseLimitsThatMakeNoSense(int posts, string window, string message)
    {
        var options = new SuggestionOptions { PostsPerWindow = posts, Window = TimeSpan.Parse(window, System.Globalization.CultureInfo.InvariantCulture) };
        var results = new List<ValidationResult>();

        Assert.False(Validator.TryValidateObject(options, new ValidationContext(options), results, validateAllProperties: true));
        Assert.Equal(message, Assert.Single(results).ErrorMessage);
    }
}
