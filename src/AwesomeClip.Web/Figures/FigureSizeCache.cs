using System.Collections.Concurrent;
using AwesomeClip.Core.Storage;
using Microsoft.Extensions.Options;

namespace AwesomeClip.Web.Figures;

/// <summary>What asking for a size gave: its file, or why the original is shown instead.</summary>
public enum SizeOutcome
{
    Ready,
    CannotDecode,
    Changed,
    NotReadyYet,
    CannotStore,
}

public sealed record SizeResult(SizeOutcome Outcome, string? File = null);

/// <summary>
/// The smaller sizes of figures, made on first request and kept in <c>figure-sizes/</c> of the data directory under
/// the content hash of their original (a changed figure gets new ones). At most <see cref="FigureOptions.ResizesAtOnce"/>
/// are made at a time, each once however many requests want it; a request waits <see cref="FigureOptions.ResizeTimeout"/>
/// at most. A figure that does not decode is marked (a <c>.failed</c> file beside its sizes) and logged once.
/// </summary>
public sealed class FigureSizeCache(IOptions<StorageOptions> storage, IOptions<FigureOptions> options, ILogger<FigureSizeCache> logger) : IDisposable
{
    /// <summary>How sizes are made (<see cref="FigureImaging"/>'s filters and qualities): a new value makes every size again.</summary>
    public const string Recipe = "r1";

    private readonly SemaphoreSlim slots = new(options.Value.ResizesAtOnce, options.Value.ResizesAtOnce);
    private readonly ConcurrentDictionary<string, Lazy<Task<SizeResult>>> making = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, bool> failed = new(StringComparer.Ordinal);

    public string Folder => Path.Combine(storage.Value.DataDirectory, "figure-sizes", Recipe);

    public string FileOf(string hash, int width, SizedFormat format) => Path.Combine(Folder, hash[..2], $"{hash}-{width}.{format.Extension()}");

    private string MarkerOf(string hash) => Path.Combine(Folder, hash[..2], hash + ".failed");

    /// <summary>True when the content with this hash did not decode (here or before a restart).</summary>
    public bool HasFailed(string hash) => failed.GetOrAdd(hash, h => File.Exists(MarkerOf(h)));

    /// <summary>The size's file, made now from <paramref name="fullPath"/> when it is not there yet.</summary>
    public async Task<SizeResult> GetAsync(string fullPath, OriginalImage original, int width, SizedFormat format, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(original);
        var target = FileOf(original.Hash, width, format);
        if (File.Exists(target)) return new SizeResult(SizeOutcome.Ready, target);
        if (HasFailed(original.Hash)) return new SizeResult(SizeOutcome.CannotDecode);
        var work = making.GetOrAdd(target, _ => new Lazy<Task<SizeResult>>(() => MakeAsync(fullPath, original, width, format, target))).Value;
        try
        {
            // The work goes on when this request gives up: the next one finds the file.
            return await work.WaitAsync(options.Value.ResizeTimeout, ct);
        }
        catch (TimeoutException)
        {
            return new SizeResult(SizeOutcome.NotReadyYet);
        }
    }

    /// <summary>Removes the sizes of content no figure has any more.</summary>
    public void Forget(string hash)
    {
        var folder = Path.Combine(Folder, hash[..2]);
        if (!Directory.Exists(folder)) return;
        foreach (var file in Directory.EnumerateFiles(folder, hash + "-*"))
        {
            try { File.Delete(file); } catch (IOException) { } catch (UnauthorizedAccessException) { }
        }
    }

    public void Dispose() => slots.Dispose();

    private async Task<SizeResult> MakeAsync(string fullPath, OriginalImage original, int width, SizedFormat format, string target)
    {
        try
        {
            await slots.WaitAsync();
            try
            {
                return await Task.Run(() => Make(fullPath, original, width, format, target));
            }
            finally
            {
                slots.Release();
            }
        }
        finally
        {
            making.TryRemove(target, out _);
        }
    }

    private SizeResult Make(string fullPath, OriginalImage original, int width, SizedFormat format, string target)
    {
        byte[] content;
        try
        {
            var length = new FileInfo(fullPath).Length;
            if (FigureChecks.RefusalBySize(length) is not null) return new SizeResult(SizeOutcome.Changed);
            content = File.ReadAllBytes(fullPath);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return new SizeResult(SizeOutcome.Changed);
        }
        // Only the content that was checked is decoded; a file replaced since is checked again by the next request.
        if (FigureChecks.HashOf(content) != original.Hash) return new SizeResult(SizeOutcome.Changed);

        byte[] sized;
        try
        {
            sized = FigureImaging.Resize(content, width, format);
        }
        catch (FigureDecodeException e)
        {
            MarkFailed(original.Hash, fullPath, e.Message);
            return new SizeResult(SizeOutcome.CannotDecode);
        }
        try
        {
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            var temp = $"{target}.{Guid.NewGuid():N}.part";
            File.WriteAllBytes(temp, sized);
            File.Move(temp, target, overwrite: true);
            return new SizeResult(SizeOutcome.Ready, target);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            logger.LogError(e, "A {Width} px size of {Figure} could not be stored in {Folder}; the original is served", width, fullPath, Folder);
            return new SizeResult(SizeOutcome.CannotStore);
        }
    }

    private void MarkFailed(string hash, string fullPath, string reason)
    {
        if (!failed.TryUpdate(hash, true, false) && !failed.TryAdd(hash, true)) return;
        logger.LogWarning("Figure {Figure} cannot be decoded ({Reason}); pages show it as it is", fullPath, reason);
        try
        {
            Directory.CreateDirectory(Path.GetDirectoryName(MarkerOf(hash))!);
            File.WriteAllText(MarkerOf(hash), reason);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            logger.LogDebug(e, "The mark of undecodable figure {Hash} could not be written", hash);
        }
    }
}
