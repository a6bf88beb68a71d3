using System.Buffers.Binary;
using Lucene.Net.Store;

namespace AwesomeClip.Core.Search;

/// <summary>
/// An index file (or a slice of one) read from an array in memory: no file handle, no lock, no copy into a buffer.
/// Clones share the array and keep their own position, as Lucene expects.
/// </summary>
internal sealed class ByteArrayIndexInput(string description, byte[] data, int offset, int length) : IndexInput(description)
{
    private int position;

    public ByteArrayIndexInput(string description, byte[] data)
        : this(description, data, 0, data.Length)
    {
    }

    public override long Length => length;

    public override long Position => position;

    public override void Seek(long pos)
    {
        if ((ulong)pos > (ulong)length) throw new EndOfStreamException($"seek past EOF: {pos} > {length} in {this}");
        position = (int)pos;
    }

    public override byte ReadByte()
    {
        if (position >= length) throw new EndOfStreamException($"read past EOF: {this}");
        return data[offset + position++];
    }

    public override void ReadBytes(byte[] b, int offset, int len)
    {
        var from = Take(len);
        Buffer.BlockCopy(data, from, b, offset, len);
    }

    public override short ReadInt16() => BinaryPrimitives.ReadInt16BigEndian(data.AsSpan(Take(sizeof(short)), sizeof(short)));

    public override int ReadInt32() => BinaryPrimitives.ReadInt32BigEndian(data.AsSpan(Take(sizeof(int)), sizeof(int)));

    public override long ReadInt64() => BinaryPrimitives.ReadInt64BigEndian(data.AsSpan(Take(sizeof(long)), sizeof(long)));

    public override int ReadVInt32()
    {
        if (length - position < 5) return base.ReadVInt32();
        var at = offset + position;
        var b = data[at++];
        var value = b & 0x7F;
        for (var shift = 7; (b & 0x80) != 0; shift += 7)
        {
            if (shift > 28) throw new IOException($"Invalid vInt detected (too many bits) in {this}");
            b = data[at++];
            value |= (b & 0x7F) << shift;
        }
        position = at - offset;
        return value;
    }

    public override long ReadVInt64()
    {
        if (length - position < 9) return base.ReadVInt64();
        var at = offset + position;
        var b = data[at++];
        long value = b & 0x7F;
        for (var shift = 7; (b & 0x80) != 0; shift += 7)
        {
            if (shift > 56) throw new IOException($"Invalid vLong detected (negative values disallowed) in {this}");
            b = data[at++];
            value |= (long)(b & 0x7F) << shift;
        }
        position = at - offset;
        return value;
    }

    /// <summary>A view of part of this input (a file inside a compound file).</summary>
    public ByteArrayIndexInput Slice(string sliceDescription, long sliceOffset, long sliceLength)
    {
        if (sliceOffset < 0 || sliceLength < 0 || sliceOffset + sliceLength > length)
            throw new ArgumentException($"slice {sliceOffset}+{sliceLength} out of bounds of {this} (length {length})");
        return new ByteArrayIndexInput(sliceDescription, data, offset + (int)sliceOffset, (int)sliceLength);
    }

#pragma warning disable IDISP010 // The base is abstract; the array belongs to the directory's cache.
    protected override void Dispose(bool disposing)
    {
    }
#pragma warning restore IDISP010

    private int Take(int count)
    {
        if (count < 0 || count > length - position) throw new EndOfStreamException($"read past EOF: {this}");
        var from = offset + position;
        position += count;
        return from;
    }
}
