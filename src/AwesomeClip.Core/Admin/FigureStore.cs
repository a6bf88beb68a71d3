using System.Text.RegularExpressions;
using AwesomeClip.Core.Storage;
using Microsoft.Extensions.Options;

namespace AwesomeClip.Core.Admin;

/// <summary>The outcome of an upload: the figure's path for the paper (<c>./images/{name}</c>) or why it was refused.</summary>
public sealed record FigureUpload(string? Path, string? Error, ImageInfo? Image = null)
{
    public bool Succeeded => Path is not null;
}

/// <summary>
/// Keeps uploaded figures in <see cref="StorageOptions.FiguresDirectory"/> under generated names, after checking by
/// their content that they are PNG, JPEG or WebP images of at most <see cref="MaxBytes"/>. The client's file name is
/// never used, so nothing can be written outside the folder.
/// </summary>
public sealed partial class FigureStore(IOptions<StorageOptions> storage)
{
    public const long MaxBytes = 5 * 1024 * 1024;

    public const string TooLarge = "The figure is larger than 5 MB; make it smaller (e.g. 1280 px wide) and upload it again.";

    public const string NotAnImage = "This file is not a PNG, JPEG or WebP image (its content was checked, not its name).";

    [GeneratedRegex(@"^\./images/[0-9a-f]{32}\.(?:png|jpg|webp)$", RegexOptions.CultureInvariant)]
    private static partial Regex GeneratedPath();

    /// <summary>True for the paths <see cref="SaveAsync"/> hands out.</summary>
    public static bool IsGeneratedPath(string path) => GeneratedPath().IsMatch(path);

    public async Task<FigureUpload> SaveAsync(Stream content, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(content);
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await content.ReadAsync(chunk, cancellationToken).ConfigureAwait(false)) > 0)
        {
            if (buffer.Length + read > MaxBytes) return new FigureUpload(null, TooLarge);
            buffer.Write(chunk, 0, read);
        }
        if (buffer.Length == 0) return new FigureUpload(null, "The file is empty.");
        var image = ImageSniffer.Identify(buffer.GetBuffer().AsSpan(0, (int)buffer.Length));
        if (image is null) return new FigureUpload(null, NotAnImage);

        var folder = Path.GetFullPath(storage.Value.FiguresDirectory);
        Directory.CreateDirectory(folder);
        var name = Guid.NewGuid().ToString("N") + image.Extension;
        var target = Path.Combine(folder, name);
        var temp = target + ".part";
        await File.WriteAllBytesAsync(temp, buffer.ToArray(), cancellationToken).ConfigureAwait(false);
        File.Move(temp, target);
        return new FigureUpload("./images/" + name, null, image);
    }
}
