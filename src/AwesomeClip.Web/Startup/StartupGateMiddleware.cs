using AwesomeClip.Web.Hosting;
using Microsoft.Extensions.Options;

namespace AwesomeClip.Web.Startup;

/// <summary>
/// Holds requests that arrive while the app is still starting until it is ready (up to
/// <see cref="StartupOptions.RequestWait"/>), then lets them through; answers 503 with Retry-After when the wait runs
/// out or start-up failed. Health probes pass at once: they are how a load balancer learns the app is not ready yet.
/// </summary>
internal sealed class StartupGateMiddleware(RequestDelegate next, StartupGate gate, IOptions<StartupOptions> options, ILogger<StartupGateMiddleware> logger)
{
    public async Task InvokeAsync(HttpContext context)
    {
        if (gate.IsOpen || context.Request.Path.StartsWithSegments("/health"))
        {
            await next(context);
            return;
        }
        try
        {
            await gate.Ready.WaitAsync(options.Value.RequestWait, context.RequestAborted);
        }
        catch (TimeoutException)
        {
            await RefuseAsync(context, "AwesomeClip is still starting (importing the catalog and building the search index). Try again in a few seconds.");
            return;
        }
        catch (OperationCanceledException) when (context.RequestAborted.IsCancellationRequested)
        {
            return;
        }
        catch (Exception e)
        {
            logger.LogDebug(e, "Refused {Path}: start-up failed", context.Request.Path);
            await RefuseAsync(context, "AwesomeClip could not start; the server log says why.");
            return;
        }
        await next(context);
    }

    private static async Task RefuseAsync(HttpContext context, string message)
    {
        context.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
        context.Response.Headers.RetryAfter = "5";
        context.Response.Headers.CacheControl = "no-store";
        context.Response.ContentType = "text/plain; charset=utf-8";
        await context.Response.WriteAsync(message, context.RequestAborted);
    }
}
