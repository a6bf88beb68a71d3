using System.Net;
using AwesomeClip.Web.Admin;
using AwesomeClip.Web.Accounts;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace AwesomeClip.Web.Tests.TestSupport;

/// <summary>
/// Signed-in clients for <see cref="AppFactory"/> (or any WebApplicationFactory of the app) tests: creates a user through Identity and posts the real sign-in form,
/// keeping the cookies. The clients talk https (the auth cookie is Secure) and never follow redirects.
/// <code>
/// var editor = await SignIn.SignedInClientAsync(factory, Roles.Editor);
/// var response = await Forms.PostAsync(editor, "/admin/papers/new", "paper", new() { ["Input.Title"] = "…" });
/// </code>
/// </summary>
public static class SignIn
{
    public const string Password = "Correct-horse-battery-1";

    public static Uri BaseAddress { get; } = new("https://localhost");

    /// <summary>A client with a cookie jar and no user.</summary>
    public static HttpClient AnonymousClient(WebApplicationFactory<Program> factory) =>
        factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, BaseAddress = BaseAddress, HandleCookies = true });

    /// <summary>A new user with the role (<see cref="Roles.Admin"/> or <see cref="Roles.Editor"/>), signed in.</summary>
    public static async Task<HttpClient> SignedInClientAsync(WebApplicationFactory<Program> factory, string role) =>
        (await SignedInUserAsync(factory, role)).Client;

    /// <summary>Like <see cref="SignedInClientAsync"/>, with the user's email and id for tests that change the user.</summary>
    public static async Task<(HttpClient Client, string Email, string UserId)> SignedInUserAsync(WebApplicationFactory<Program> factory, string role)
    {
        var (email, id) = await CreateUserAsync(factory, role);
        var client = AnonymousClient(factory);
        var response = await PostLoginAsync(client, email, Password);
        if (response.StatusCode != HttpStatusCode.Redirect)
            throw new InvalidOperationException($"Sign-in as {role} failed with {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        return (client, email, id);
    }

    /// <summary>Creates a user with <see cref="Password"/> (or the given one) directly through Identity.</summary>
    public static async Task<(string Email, string UserId)> CreateUserAsync(WebApplicationFactory<Program> factory, string role, string? email = null, string password = Password)
    {
        email ??= $"{role.ToLowerInvariant()}-{Guid.NewGuid():N}@example.org";
        await using var scope = factory.Services.CreateAsyncScope();
        var result = await scope.ServiceProvider.GetRequiredService<UserAdministration>().AddAsync(email, role, password);
        if (!result.Succeeded) throw new InvalidOperationException(string.Join(" ", result.Errors));
        var user = await scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>().FindByEmailAsync(email);
        return (email, user!.Id);
    }

    /// <summary>Posts the sign-in form like a browser (antiforgery token from the page); a success answers 302.</summary>
    public static Task<HttpResponseMessage> PostLoginAsync(HttpClient client, string email, string password, string? returnUrl = null)
    {
        var page = returnUrl is null ? "/Account/Login" : $"/Account/Login?ReturnUrl={Uri.EscapeDataString(returnUrl)}";
        return Forms.PostAsync(client, page, "login", new() { ["Input.Email"] = email, ["Input.Password"] = password });
    }
}
