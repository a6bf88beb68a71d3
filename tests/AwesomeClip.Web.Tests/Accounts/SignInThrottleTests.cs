using System.Net;
using System.Text.RegularExpressions;
using AwesomeClip.Web.Admin;
using AwesomeClip.Web.Accounts;
using AwesomeClip.Web.Tests.TestSupport;
using Microsoft.Extensions.DependencyInjection;

namespace AwesomeClip.Web.Tests.Accounts;

/// <summary>Failed sign-ins lock out one client from one account (ADR-015): whoever knows an email cannot lock its owner out.</summary>
public sealed partial class SignInThrottleTests(SharedApp app) : IClassFixture<SharedApp>
{
    private const string Stranger = "203.0.113.9";
    private const string Owner = "198.51.100.7";
    private const string Locked = "Too many failed sign-in attempts. Try again in 5 minutes.";

    [GeneratedRegex("<p class=\"form-error\" role=\"alert\">(?<m>[^<]*)</p>")]
    private static partial Regex FormError();

    [Theory]
    [InlineData(Roles.Admin)]
    [InlineData(Roles.Editor)]
    public async Task ShouldLetTheOwnerSignInWhileAStrangerIsLockedOutOfTheirAccount(string role)
    {
        var (email, _) = await SignIn.CreateUserAsync(app.Factory, role);
        for (var i = 1; i <= 5; i++) await SignIn.PostLoginAsync(Client(Stranger), email, $"Guess-number-{i}!");

        var stranger = await SignIn.PostLoginAsync(Client(Stranger), email, SignIn.Password);
        var owner = await SignIn.PostLoginAsync(Client(Owner), email, SignIn.Password);

        Assert.Equal(Locked, await MessageAsync(stranger));
        Assert.Equal(HttpStatusCode.Redirect, owner.StatusCode);
    }

    [Fact]
    public async Task ShouldCountAnotherClientsFailuresApart()
    {
        var (email, _) = await SignIn.CreateUserAsync(app.Factory, Roles.Editor);
        for (var i = 1; i <= 4; i++) await SignIn.PostLoginAsync(Client(Stranger), email, $"Guess-number-{i}!");

        var ownersTypo = await SignIn.PostLoginAsync(Client(Owner), email, "Typo-in-password-1");
        var strangersFifth = await SignIn.PostLoginAsync(Client(Stranger), email, "Guess-number-5!");

        Assert.Equal(SignInOutcome.InvalidMessage, await MessageAsync(ownersTypo));
        Assert.Equal(Locked, await MessageAsync(strangersFifth));
        Assert.Equal(HttpStatusCode.Redirect, (await SignIn.PostLoginAsync(Client(Owner), email, SignIn.Password)).StatusCode);
    }

    [Fact]
    public async Task ShouldLockUnknownEmailsPerClientToo()
    {
        var unknown = $"nobody-{Guid.NewGuid():N}@example.org";
        for (var i = 1; i <= 5; i++) await SignIn.PostLoginAsync(Client(Stranger), unknown, $"Guess-number-{i}!");

        Assert.Equal(Locked, await MessageAsync(await SignIn.PostLoginAsync(Client(Stranger), unknown, "Guess-number-6!")));
        Assert.Equal(SignInOutcome.InvalidMessage, await MessageAsync(await SignIn.PostLoginAsync(Client(Owner), unknown, "Guess-number-6!")));
    }

    [Fact]
    public async Task ShouldLiftEveryClientsLockWhenAnAdminUnlocksTheAccount()
    {
        var (email, id) = await SignIn.CreateUserAsync(app.Factory, Roles.Editor);
        for (var i = 1; i <= 5; i++) await SignIn.PostLoginAsync(Client(Stranger), email, $"Guess-number-{i}!");

        await using (var scope = app.Factory.Services.CreateAsyncScope())
            Assert.True((await scope.ServiceProvider.GetRequiredService<UserAdministration>().UnlockAsync(id, null)).Succeeded);

        Assert.Equal(HttpStatusCode.Redirect, (await SignIn.PostLoginAsync(Client(Stranger), email, SignIn.Password)).StatusCode);
    }

    [Theory]
    [InlineData("203.0.113.9", "203.0.113.9")]
    [InlineData("::ffff:203.0.113.9", "203.0.113.9")]
    [InlineData("2001:db8:1:2:aaaa:bbbb:cccc:dddd", "2001:db8:1:2::/64")]
    [InlineData("2001:db8:1:2::1", "2001:db8:1:2::/64")]
    public void ShouldTreatAnIpv6SlashSixtyFourAsOneClient(string address, string key) =>
        Assert.Equal(key, ClientKey.Of(IPAddress.Parse(address)));

    private HttpClient Client(string address) => SignIn.AnonymousClient(app.Factory).From(address);

    private static async Task<string?> MessageAsync(HttpResponseMessage response)
    {
        var m = FormError().Match(await response.Content.ReadAsStringAsync());
        return m.Success ? WebUtility.HtmlDecode(m.Groups["m"].Value) : null;
    }
}
