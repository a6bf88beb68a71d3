using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Identity;

namespace AwesomeClip.Web.Accounts;

public static class AccountEndpoints
{
    /// <summary>Sign-out is a POST with an antiforgery token (a GET must never change anything); it ends every session of the user.</summary>
    public static IEndpointRouteBuilder MapAccountEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapPost("/Account/Logout", async (HttpContext http, SignInManager<AppUser> signIn) =>
        {
            // Checked here rather than by [FromForm] binding, which throws on a bad token instead of answering 400.
            if (http.Features.Get<IAntiforgeryValidationFeature>() is not { IsValid: true })
                return Results.Problem(statusCode: StatusCodes.Status400BadRequest, title: "The form has expired. Reload the page and try again.");
            var form = await http.Request.ReadFormAsync();
            // A new security stamp ends the session on the server: a copy of the cookie taken before is refused at its
            // next request (stamps are checked on every request), and open interactive pages stop acting.
            if (await signIn.UserManager.GetUserAsync(http.User) is { } user) await signIn.UserManager.UpdateSecurityStampAsync(user);
            await signIn.SignOutAsync();
            return Results.LocalRedirect(Safety.LocalUrl.OrHome(form["returnUrl"]));
        }).WithMetadata(new RequireAntiforgeryTokenAttribute());
        return app;
    }
}
