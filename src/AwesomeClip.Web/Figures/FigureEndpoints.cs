using Microsoft.AspNetCore.StaticFiles;

namespace AwesomeClip.Web.Figures;

/// <summary>Serves figures as they are (<see cref="FigureFiles"/> finds them) and their smaller sizes (<see cref="FigureSizeEndpoint"/>).</summary>
public static class FigureEndpoints
{
    private static readonly FileExtensionContentTypeProvider ContentTypes = new();

    public static IEndpointRouteBuilder MapFigures(this IEndpointRouteBuilder app)
    {
        app.MapGet("/figures/{name}", Serve);
        app.MapGet(FigureSizeEndpoint.Route, FigureSizeEndpoint.ServeAsync);
        return app;
    }

    private static async Task<IResult> Serve(string name, FigureFiles files, CancellationToken ct)
    {
        if (!FigureFiles.IsSafeName(name))
            return TypedResults.Problem(statusCode: StatusCodes.Status400BadRequest, title: "Invalid figure name.");
        if (await files.ByNameAsync(name, ct) is not { } path)
            return TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Figure not found.");
        ContentTypes.TryGetContentType(path, out var type);
        return TypedResults.PhysicalFile(path, type ?? "application/octet-stream", enableRangeProcessing: true,
            lastModified: File.GetLastWriteTimeUtc(path));
    }
}
