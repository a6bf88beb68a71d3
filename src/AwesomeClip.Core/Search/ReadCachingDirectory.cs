using System.Collections.Concurrent;
using Lucene.Net.Index;
using Lucene.Net.Store;
using LuceneDirectory = Lucene.Net.Store.Directory;

namespace AwesomeClip.Core.Search;

/// <summary>
/// Keeps whole index files in memory once they have been opened for searching, up to a budget; the files stay on disk
/// (the inner directory writes, syncs and locks them). Lucene writes every segment file once and never changes it, so
/// a file's bytes can be kept until it is deleted. Through <see cref="SimpleFSDirectory"/> every buffer refill is a
/// locked seek and read; from memory a term lookup, a postings block or a stored document is an array access.
/// </summary>
internal sealed class ReadCachingDirectory(LuceneDirectory inner, long budgetBytes) : FilterDirectory(inner)
{
    /// <summary>Enough for every list seen so far several times over; a larger index reads its other files from disk.</summary>
    public const long DefaultBudgetBytes = 128L * 1024 * 1024;

    private readonly ConcurrentDictionary<string, byte[]> files = new(StringComparer.Ordinal);
    private long cachedBytes;

    public long CachedBytes => Interlocked.Read(ref cachedBytes);

    public override IndexInput OpenInput(string name, IOContext context) =>
        Cached(name, context) is { } bytes ? new ByteArrayIndexInput($"{nameof(ByteArrayIndexInput)}({name})", bytes) : m_input.OpenInput(name, context);

    public override IndexInputSlicer CreateSlicer(string name, IOContext context) =>
        Cached(name, context) is { } bytes ? new Slicer(new ByteArrayIndexInput($"{nameof(ByteArrayIndexInput)}({name})", bytes)) : m_input.CreateSlicer(name, context);

    public override IndexOutput CreateOutput(string name, IOContext context)
    {
        Forget(name);
        return m_input.CreateOutput(name, context);
    }

    public override void DeleteFile(string name)
    {
        Forget(name);
        m_input.DeleteFile(name);
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            files.Clear();
            Interlocked.Exchange(ref cachedBytes, 0);
        }
        base.Dispose(disposing);
    }

    private byte[]? Cached(string name, IOContext context)
    {
        if (files.TryGetValue(name, out var bytes)) return bytes;
        // Merges read each file once, from start to end; the commit point files are rewritten or tiny.
        if (context.Context == IOContext.UsageContext.MERGE || name.StartsWith(IndexFileNames.SEGMENTS, StringComparison.Ordinal)
            || name.EndsWith(".lock", StringComparison.Ordinal))
        {
            return null;
        }
        var length = m_input.FileLength(name);
        if (length > int.MaxValue) return null;
        if (Interlocked.Add(ref cachedBytes, length) > budgetBytes)
        {
            Interlocked.Add(ref cachedBytes, -length);
            return null;
        }
        bytes = new byte[length];
        using (var input = m_input.OpenInput(name, IOContext.READ_ONCE))
            input.ReadBytes(bytes, 0, bytes.Length);
        if (files.TryAdd(name, bytes)) return bytes;
        Interlocked.Add(ref cachedBytes, -length);
        return files.TryGetValue(name, out var other) ? other : bytes;
    }

    private void Forget(string name)
    {
        if (files.TryRemove(name, out var bytes)) Interlocked.Add(ref cachedBytes, -bytes.LongLength);
    }

    private sealed class Slicer(ByteArrayIndexInput whole) : IndexInputSlicer
    {
        public override IndexInput OpenSlice(string sliceDescription, long offset, long length) =>
            whole.Slice($"{whole} [slice={sliceDescription}]", offset, length);

        [Obsolete("Only for reading CFS files from 3.x indexes.")]
        public override IndexInput OpenFullSlice() => (IndexInput)whole.Clone();

#pragma warning disable IDISP010 // The base is abstract; the slices share the cached array, there is nothing to release.
        protected override void Dispose(bool disposing)
        {
        }
#pragma warning restore IDISP010
    }
}
