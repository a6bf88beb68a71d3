using AwesomeClip.Core.Admin;
using AwesomeClip.Core.Import;
using Microsoft.AspNetCore.Http.Features;

namespace AwesomeClip.Web.Safety;

/// <summary>
/// How big a form may be, and an answer that says so. Without this, a form over the framework's limits (a pasted list
/// over 4 MB, an upload over 128 MB) failed inside the antiforgery check, which then answered "A valid antiforgery token
/// was not provided".
/// </summary>
public static class FormLimits
{
    /// <summary>A whole form: the import page's list file (at most <see cref="ListDecoder.MaxBytes"/>) with room for the rest.</summary>
    public const long MaxBodyBytes = ListDecoder.MaxBytes + 2 * Megabyte;

    private const int Megabyte = 1024 * 1024;

    public static readonly string TooLargeMessage =
        $"A form may send at most {MaxBodyBytes / Megabyte} MB, and a list to import at most {ListDecoder.MaxBytes / Megabyte} MB. "
        + $"Figures are uploaded in the paper editor, up to {FigureStore.MaxBytes / Megabyte} MB each.";

    public static IServiceCollection AddFormLimits(this IServiceCollection services) => services.Configure<FormOptions>(o =>
    {
        o.MultipartBodyLengthLimit = MaxBodyBytes;
        // A pasted list is one form value: let it reach the importer, which refuses more than ListDecoder.MaxBytes in its own words.
        o.ValueLengthLimit = (int)MaxBodyBytes;
    });

    /// <summary>
    /// Before the antiforgery check: reads a form body once (later readers get the cached form), or refuses it — over
    /// the page's own <see cref="FormSizeLimitAttribute"/> when it has one.
    /// </summary>
    public static IApplicationBuilder UseFormLimits(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        var request = context.Request;
        if (!request.HasFormContentType || HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method))
        {
            await next(context);
            return;
        }
        var page = context.GetEndpoint()?.Metadata.GetMetadata<FormSizeLimitAttribute>();
        var limit = Math.Min(page?.MaxRequestBodySize ?? MaxBodyBytes, MaxBodyBytes);
        var tooLarge = page?.Message ?? TooLargeMessage;
        if (page is not null && context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } body) body.MaxRequestBodySize = limit;
        if (request.ContentLength > limit)
        {
            await RefuseAsync(context, StatusCodes.Status413PayloadTooLarge, "The form is too large", tooLarge);
            return;
        }
        try
        {
            await request.ReadFormAsync(context.RequestAborted);
        }
        catch (InvalidDataException e) when (e.Message.Contains("limit", StringComparison.OrdinalIgnoreCase))
        {
            await RefuseAsync(context, StatusCodes.Status413PayloadTooLarge, "The form is too large", tooLarge);
            return;
        }
        catch (BadHttpRequestException e) when (e.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            await RefuseAsync(context, StatusCodes.Status413PayloadTooLarge, "The form is too large", tooLarge);
            return;
        }
        catch (Exception e) when (e is InvalidDataException or BadHttpRequestException || (e is IOException && !context.RequestAborted.IsCancellationRequested))
        {
            await RefuseAsync(context, StatusCodes.Status400BadRequest, "The form could not be read", "The browser sent a form that is cut short or malformed; send it again.");
            return;
        }
        await next(context);
    });

    private static async Task RefuseAsync(HttpContext context, int status, string title, string message)
    {
        if (context.Response.HasStarted) return;
        context.Response.StatusCode = status;
        context.Response.ContentType = "text/html; charset=utf-8";
        var encoder = System.Text.Encodings.Web.HtmlEncoder.Default;
        await context.Response.WriteAsync($"""
            <!DOCTYPE html>
            <html lang="en"><head><meta charset="utf-8"><title>{encoder.Encode(title)} — AwesomeClip</title>
            <link rel="stylesheet" href="/app.css"></head>
            <body><main class="wrap"><h1>{encoder.Encode(title)}</h1><p>{encoder.Encode(message)}</p>
            <p><a href="/">Back to the catalog</a></p></main></body></html>
            """);
    }
}
