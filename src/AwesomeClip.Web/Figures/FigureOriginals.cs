using System.Collections.Concurrent;
using Microsoft.Extensions.Options;

namespace AwesomeClip.Web.Figures;

/// <summary>
/// Checks and describes original figures for pages and the size endpoint. A file is read and checked once
/// (<see cref="FigureChecks"/>) and described again only when its length or time changes; a figure shown as it is
/// is logged once for that version of its file.
/// </summary>
public sealed class FigureOriginals(FigureFiles files, FigureSizeCache sizes, IOptions<FigureOptions> options, ILogger<FigureOriginals> logger)
{
    private readonly ConcurrentDictionary<string, Checked> byFile = new(StringComparer.Ordinal);

    private sealed record Checked(long Length, DateTime Modified, OriginalImage? Image);

    /// <summary>The figure a paper refers to by <paramref name="path"/> (as the list writes it), as pages show it.</summary>
    public async Task<ShownFigure> DescribeAsync(string path, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(path);
        var url = FigureUrls.ForPath(path);
        // What ListFiles.FigureUrl serves by name when the path is not a file of the list (e.g. a bare URL).
        var normalized = FigureFiles.Normalize(path) ?? "images/" + System.IO.Path.GetFileName(path.Trim());
        if (await files.ByPathAsync(normalized, ct) is not { } full) return new ShownFigure(normalized, url, Exists: false, null);
        var image = await CheckAsync(normalized, full, ct);
        return new ShownFigure(normalized, url, Exists: true, image is null || sizes.HasFailed(image.Hash) ? null : image);
    }

    /// <summary>The checked file at <paramref name="fullPath"/>, or null when it is shown as it is.</summary>
    public async Task<OriginalImage?> CheckAsync(string figure, string fullPath, CancellationToken ct = default)
    {
        var file = new FileInfo(fullPath);
        if (!file.Exists) return null;
        if (byFile.TryGetValue(fullPath, out var known) && known.Length == file.Length && known.Modified == file.LastWriteTimeUtc) return known.Image;

        OriginalImage? image = null;
        var refusal = FigureChecks.RefusalBySize(file.Length);
        if (refusal is null)
        {
            var content = await File.ReadAllBytesAsync(fullPath, ct);
            (image, refusal) = FigureChecks.Check(content, options.Value.MaxPixels);
        }
        var now = new Checked(file.Length, file.LastWriteTimeUtc, image);
        // Only the request that records this version of the file logs it: once, however many pages ask at the same time.
        var recorded = known is null ? byFile.TryAdd(fullPath, now) : byFile.TryUpdate(fullPath, now, known);
        if (!recorded) return image;
        if (refusal is not null) logger.LogWarning("Figure {Figure} is shown as it is, without smaller sizes: {Reason}", figure, refusal);
        if (known?.Image is { } before && before.Hash != image?.Hash && !byFile.Values.Any(c => c.Image?.Hash == before.Hash))
            sizes.Forget(before.Hash); // the figure changed: its old sizes are of no use
        return image;
    }
}
