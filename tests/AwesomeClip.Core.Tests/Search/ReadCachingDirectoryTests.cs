using AwesomeClip.Core.Search;
using Lucene.Net.Store;
using Directory = System.IO.Directory;

namespace AwesomeClip.Core.Tests.Search;

public sealed class ReadCachingDirectoryTests : IDisposable
{
    private readonly string folder = Path.Combine(Path.GetTempPath(), "awesomeclip-read-cache-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(folder)) Directory.Delete(folder, recursive: true);
    }

    [Fact]
    public void ShouldReadBackEveryKindOfValueAsWritten()
    {
        using var directory = Open(budget: 1 << 20);
        int[] ints = [0, 1, 127, 128, 16_383, 16_384, int.MaxValue, -1, int.MinValue];
        long[] longs = [0, 127, 128, long.MaxValue, 1L << 40];
        using (var output = directory.CreateOutput("_0.bin", IOContext.DEFAULT))
        {
            output.WriteByte(42);
            output.WriteInt16(-2);
            foreach (var i in ints) output.WriteInt32(i);
            foreach (var i in ints) output.WriteVInt32(i);
            foreach (var l in longs) output.WriteInt64(-l);
            foreach (var l in longs) output.WriteVInt64(l);
            output.WriteString("中文 and CLIP");
            output.WriteVInt32(300); // the last value, with fewer bytes left than a vInt can take
        }

        using var input = directory.OpenInput("_0.bin", IOContext.DEFAULT);
        Assert.Equal(42, input.ReadByte());
        Assert.Equal(-2, input.ReadInt16());
        Assert.Equal(ints, ints.Select(_ => input.ReadInt32()));
        Assert.Equal(ints, ints.Select(_ => input.ReadVInt32()));
        Assert.Equal(longs.Select(l => -l), longs.Select(_ => input.ReadInt64()));
        Assert.Equal(longs, longs.Select(_ => input.ReadVInt64()));
        Assert.Equal("中文 and CLIP", input.ReadString());
        Assert.Equal(300, input.ReadVInt32());
        Assert.Equal(input.Length, input.Position);
        Assert.Throws<EndOfStreamException>(() => input.ReadByte());
        Assert.Throws<EndOfStreamException>(() => input.Seek(input.Length + 1));
        Assert.True(directory.CachedBytes > 0);
    }

    [Fact]
    public void ShouldGiveClonesAndSlicesTheirOwnPositionOverTheSameBytes()
    {
        using var directory = Open(budget: 1 << 20);
        Write(directory, "_0.cfs", [0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);

        using var input = directory.OpenInput("_0.cfs", IOContext.DEFAULT);
        input.Seek(4);
        using var clone = (IndexInput)input.Clone();
        Assert.Equal(4, clone.ReadByte());
        Assert.Equal(4, input.ReadByte());

        using var slicer = directory.CreateSlicer("_0.cfs", IOContext.DEFAULT);
        using var slice = slicer.OpenSlice("part", 6, 3);
        var bytes = new byte[3];
        slice.ReadBytes(bytes, 0, 3);
        Assert.Equal([6, 7, 8], bytes);
        Assert.Throws<EndOfStreamException>(() => slice.ReadByte());
        Assert.Throws<ArgumentException>(() => slicer.OpenSlice("beyond", 8, 3));
    }

    [Fact]
    public void ShouldReadAFileWrittenAgainUnderTheSameNameAfresh()
    {
        using var directory = Open(budget: 1 << 20);
        Write(directory, "_1.bin", [1, 2, 3]);
        Assert.Equal([1, 2, 3], ReadAll(directory, "_1.bin"));
        Assert.Equal(3, directory.CachedBytes);

        directory.DeleteFile("_1.bin");
        Assert.Equal(0, directory.CachedBytes);
        Write(directory, "_1.bin", [9, 9]);
        Assert.Equal([9, 9], ReadAll(directory, "_1.bin"));
    }

    [Fact]
    public void ShouldReadFromDiskWhatTheBudgetCannotHold()
    {
        using var directory = Open(budget: 4);
        Write(directory, "_2.bin", [1, 2, 3, 4, 5, 6]);
        Write(directory, "_3.bin", [7, 8]);

        Assert.Equal([1, 2, 3, 4, 5, 6], ReadAll(directory, "_2.bin"));
        Assert.Equal(0, directory.CachedBytes);
        Assert.Equal([7, 8], ReadAll(directory, "_3.bin"));
        Assert.Equal(2, directory.CachedBytes);
    }

    [Theory]
    [InlineData("segments_1")]
    [InlineData("segments.gen")]
    [InlineData("write.lock")]
    public void ShouldNotKeepTheCommitPointOrTheLock(string name)
    {
        using var directory = Open(budget: 1 << 20);
        Write(directory, name, [1, 2, 3]);
        Assert.Equal([1, 2, 3], ReadAll(directory, name));
        Assert.Equal(0, directory.CachedBytes);
    }

    [Fact]
    public void ShouldNotKeepWhatAMergeReads()
    {
        using var directory = Open(budget: 1 << 20);
        Write(directory, "_4.bin", [1, 2, 3]);
        using (var input = directory.OpenInput("_4.bin", new IOContext(new MergeInfo(1, 3, false, 1)))) Assert.Equal(1, input.ReadByte());
        Assert.Equal(0, directory.CachedBytes);
    }

    private ReadCachingDirectory Open(long budget)
    {
        Directory.CreateDirectory(folder);
        return new ReadCachingDirectory(new SimpleFSDirectory(new DirectoryInfo(folder)), budget);
    }

    private static void Write(ReadCachingDirectory directory, string name, byte[] bytes)
    {
        using var output = directory.CreateOutput(name, IOContext.DEFAULT);
        output.WriteBytes(bytes, bytes.Length);
    }

    private static byte[] ReadAll(ReadCachingDirectory directory, string name)
    {
        using var input = directory.OpenInput(name, IOContext.DEFAULT);
        var bytes = new byte[input.Length];
        input.ReadBytes(bytes, 0, bytes.Length);
        return bytes;
    }
}
