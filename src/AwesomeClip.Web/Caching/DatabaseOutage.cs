using System.Data.Common;
using AwesomeClip.Web.Safety;
using AwesomeClip.Web.Shared;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.Extensions.Localization;

namespace AwesomeClip.Web.Caching;

/// <summary>
/// An exception that means the catalog database cannot be reached now (connection refused or dropped, file cannot be
/// opened, locked, timed out): a temporary condition for the client, answered 503 with Retry-After instead of 500.
/// </summary>
public static class DatabaseOutage
{
    public const int RetryAfterSeconds = 5;

    public static bool Is(Exception exception)
    {
        for (var e = exception; e is not null; e = e.InnerException)
        {
            if (e is DbException or TimeoutException or System.Net.Sockets.SocketException) return true;
            if (e is AggregateException aggregate && aggregate.InnerExceptions.Any(Is)) return true;
        }
        return false;
    }
}

/// <summary>Answers what could not be served while the database is unreachable with 503 and Retry-After (a page or a problem).</summary>
internal sealed class DatabaseOutageHandler(IProblemDetailsService problems, ILogger<DatabaseOutageHandler> logger) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        if (!DatabaseOutage.Is(exception) || httpContext.Response.HasStarted) return false;
        logger.LogWarning("{Method} {Path} answered 503: the catalog database is unreachable ({Error})",
            httpContext.Request.Method, httpContext.Request.Path, exception.GetBaseException().Message);
        var response = httpContext.Response;
        response.StatusCode = StatusCodes.Status503ServiceUnavailable;
        response.Headers.RetryAfter = DatabaseOutage.RetryAfterSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
        response.Headers.CacheControl = "no-store";
        if (httpContext.Request.Path.StartsWithSegments("/api") || !httpContext.Request.Headers.Accept.ToString().Contains("text/html", StringComparison.Ordinal))
        {
            return await problems.TryWriteAsync(new ProblemDetailsContext
            {
                HttpContext = httpContext,
                ProblemDetails = { Status = StatusCodes.Status503ServiceUnavailable, Title = "The catalog is unavailable for a moment; try again in a few seconds." },
            });
        }
        var L = httpContext.RequestServices.GetRequiredService<IStringLocalizer<SharedStrings>>();
        await RefusalPage.WriteAsync(httpContext, L["Unavailable for a moment"], L["The catalog is unavailable for a moment"],
            RefusalPage.Paragraph(L["Its database cannot be reached right now. Please try again in a few seconds."]), cancellationToken);
        return true;
    }
}
