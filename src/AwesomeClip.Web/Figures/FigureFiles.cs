using AwesomeClip.Core.Reading;
using System.Text.RegularExpressions;
using AwesomeClip.Core.Catalog;
using AwesomeClip.Core.Storage;
using AwesomeClip.Web.Storage;
using Microsoft.Extensions.Options;

namespace AwesomeClip.Web.Figures;

/// <summary>
/// Where a figure's file is: the one rule behind <c>/figures/{name}</c>, its smaller sizes and the pages that show them.
/// A figure the list writes as <c>./images/{name}</c> (or an upload) is looked up by name in the uploads, then in the
/// folder of the list as imported, then beside the seed list; any other path beside the imported list only when a paper
/// refers to it (<see cref="CatalogReader.ListFileAsync"/>). Pages ask for every row's figure on every render; what
/// was found stands for <see cref="FoundFor"/>, and until this process next writes to the catalog (an upload is saved
/// with the paper that shows it, <see cref="CatalogWrites"/>).
/// </summary>
public sealed partial class FigureFiles(IOptions<StorageOptions> storage, IOptions<SeedOptions> seed, CatalogReader reader)
{
    public static readonly TimeSpan FoundFor = TimeSpan.FromSeconds(1);

    private const int MaxFound = 10_000;

    private Found found = new(-1, 0);

    private sealed class Found(long writes, long at)
    {
        public long Writes { get; } = writes;

        public long At { get; } = at;

        public System.Collections.Concurrent.ConcurrentDictionary<string, string?> Paths { get; } = new(StringComparer.Ordinal);
    }

    [GeneratedRegex(@"^[A-Za-z0-9][A-Za-z0-9._-]{0,200}\.(?:png|jpe?g|webp|gif)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SafeName();

    /// <summary>A name <c>/figures/{name}</c> may serve: letters, digits, dots, dashes, an image extension, no "..".</summary>
    public static bool IsSafeName(string name) => SafeName().IsMatch(name) && !name.Contains("..", StringComparison.Ordinal);

    /// <summary>The path as the list writes it, normalized (<c>./images/a.png</c> → <c>images/a.png</c>), or null when it cannot be a file of the list.</summary>
    public static string? Normalize(string? path) => ListFiles.Normalize(path);

    /// <summary>True when the figure is served by its name (<c>/figures/{name}</c>) rather than under <c>/list/</c>.</summary>
    public static bool IsServedByName(string normalizedPath) =>
        normalizedPath.StartsWith("images/", StringComparison.Ordinal) && normalizedPath.Count(c => c == '/') == 1;

    /// <summary>The full path of the file <c>/figures/{name}</c> serves, or null.</summary>
    public async Task<string?> ByNameAsync(string name, CancellationToken ct = default)
    {
        if (!IsSafeName(name)) return null;
        if (InRoot(storage.Value.FiguresDirectory, name) is { } upload) return upload;
        var listFigure = await reader.ListFileAsync("images/" + name, ct);
        if (listFigure is not null && InRoot(Path.GetDirectoryName(listFigure)!, name) is { } fromList) return fromList;
        return InRoot(Path.Combine(seed.Value.FiguresRoot, "images"), name);
    }

    /// <summary>The full path of a figure given as the list writes it (normalized or not), or null when there is none.</summary>
    public async Task<string?> ByPathAsync(string path, CancellationToken ct = default)
    {
        if (Normalize(path) is not { } normalized) return null;
        var known = Volatile.Read(ref found);
        var now = Environment.TickCount64;
        if (known.Writes != CatalogWrites.Generation || now - known.At >= FoundFor.TotalMilliseconds)
        {
            known = new Found(CatalogWrites.Generation, now);
            Volatile.Write(ref found, known);
        }
        if (known.Paths.TryGetValue(normalized, out var full)) return full;
        full = IsServedByName(normalized)
            ? await ByNameAsync(normalized["images/".Length..], ct)
            : await reader.ListFileAsync(normalized, ct);
        if (known.Paths.Count < MaxFound) known.Paths.TryAdd(normalized, full);
        return full;
    }

    private static string? InRoot(string root, string name) =>
        FigurePath.TryResolve(root, name, out var path) && File.Exists(path) ? path : null;
}
