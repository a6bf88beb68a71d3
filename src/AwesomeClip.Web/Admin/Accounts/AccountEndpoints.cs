using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;

namespace AwesomeClip.Web.Admin.Accounts;

public static class AccountEndpoints
{
    /// <summary>Sign-out is a POST with an antiforgery token (a GET must never change anything).</summary>
    public static IEndpointRouteBuilder MapAccountEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapPost("/Account/Logout", async (SignInManager<AppUser> signIn, [FromForm] string? returnUrl) =>
        {
            await signIn.SignOutAsync();
            return TypedResults.LocalRedirect(LocalUrl.OrHome(returnUrl));
        });
        return app;
    }
}
