using Microsoft.AspNetCore.Diagnostics;

namespace AwesomeClip.Web;

public static class HttpContextExtensions
{
    /// <summary>Answers 404 with the page's own explanation instead of the generic not-found page.</summary>
    public static void RespondNotFoundHere(this HttpContext? context)
    {
        if (context is null || context.Response.HasStarted) return;
        // Set as the headers go out: a 404 set while rendering makes Blazor drop the page's own body.
        context.Response.OnStarting(() =>
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            return Task.CompletedTask;
        });
        var statusPages = context.Features.Get<IStatusCodePagesFeature>();
        if (statusPages is not null) statusPages.Enabled = false;
    }
}
