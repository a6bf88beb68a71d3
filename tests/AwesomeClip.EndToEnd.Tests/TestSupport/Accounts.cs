using AwesomeClip.Web.Accounts;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace AwesomeClip.EndToEnd.Tests.TestSupport;

public static class Accounts
{
    public const string Password = "Correct-horse-battery-9";

    /// <summary>Creates a user the way the <c>users add</c> command does, with a unique email.</summary>
    public static async Task<string> CreateAsync(KestrelAppFactory app, string role)
    {
        var email = $"{role.ToLowerInvariant()}-{Guid.NewGuid():N}@example.org";
        await using var scope = app.Services.CreateAsyncScope();
        var result = await scope.ServiceProvider.GetRequiredService<UserAdministration>().AddAsync(email, role, Password);
        Assert.True(result.Succeeded, result.ToString());
        return email;
    }

    public static async Task SignInAsync(IPage page, string email, string password = Password)
    {
        await page.GotoAsync("/Account/Login");
        // By id, not by label: the journeys sign in whatever language the page is in.
        await page.Locator("#login-email").FillAsync(email);
        await page.Locator("#login-password").FillAsync(password);
        await page.Locator("#login-password").PressAsync("Enter");
    }
}
