using AwesomeClip.Core.Admin;
using AwesomeClip.Core.Import;
using AwesomeClip.Web.Shared;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Localization;

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

    private static string TooLargeMessage(IStringLocalizer L) =>
        L["A form may send at most {0} MB, and a list to import at most {1} MB. Figures are uploaded in the paper editor, up to {2} MB each.",
            MaxBodyBytes / Megabyte, ListDecoder.MaxBytes / Megabyte, FigureStore.MaxBytes / Megabyte];

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
        var L = context.RequestServices.GetRequiredService<IStringLocalizer<SharedStrings>>();
        var tooLarge = page is null ? TooLargeMessage(L) : L[page.Message];
        if (page is not null && context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } body) body.MaxRequestBodySize = limit;
        if (request.ContentLength > limit)
        {
            await RefuseAsync(context, StatusCodes.Status413PayloadTooLarge, L["The form is too large"], tooLarge);
            return;
        }
        try
        {
            await request.ReadFormAsync(context.RequestAborted);
        }
        catch (InvalidDataException e) when (e.Message.Contains("limit", StringComparison.OrdinalIgnoreCase))
        {
            await RefuseAsync(context, StatusCodes.Status413PayloadTooLarge, L["The form is too large"], tooLarge);
            return;
        }
        catch (BadHttpRequestException e) when (e.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            await RefuseAsync(context, StatusCodes.Status413PayloadTooLarge, L["The form is too large"], tooLarge);
            return;
        }
        catch (Exception e) when (e is InvalidDataException or BadHttpRequestException || (e is IOException && !context.RequestAborted.IsCancellationRequested))
        {
            await RefuseAsync(context, StatusCodes.Status400BadRequest, L["The form could not be read"], L["The browser sent a form that is cut short or malformed; send it again."]);
            return;
        }
        await next(context);
    });

    private static async Task RefuseAsync(HttpContext context, int status, string title, string message)
    {
        if (context.Response.HasStarted) return;
        context.Response.StatusCode = status;
        await RefusalPage.WriteAsync(context, title, title, RefusalPage.Paragraph(message));
    }
}
