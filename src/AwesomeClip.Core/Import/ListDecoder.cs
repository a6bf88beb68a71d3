using System.Text;

namespace AwesomeClip.Core.Import;

/// <summary>Checks that a file can be a version of the list before anything parses it.</summary>
public static class ListDecoder
{
    /// <summary>The real list is 0.1 MB; anything this large is not a hand-written list.</summary>
    public const int MaxBytes = 8 * 1024 * 1024;

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static string Decode(string fileName, ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length > MaxBytes)
            throw new ImportRefusedException(ImportMessages.TooLarge.With(fileName, bytes.Length / (1024.0 * 1024), MaxBytes / (1024 * 1024)));
        if (bytes.IndexOf((byte)0) >= 0)
            throw new ImportRefusedException(ImportMessages.Binary.With(fileName));
        if (bytes.StartsWith("\uFEFF"u8)) bytes = bytes[3..];
        string text;
        try
        {
            text = StrictUtf8.GetString(bytes);
        }
        catch (DecoderFallbackException e)
        {
            throw new ImportRefusedException(e.Index >= 0 ? ImportMessages.NotUtf8At.With(fileName, e.Index) : ImportMessages.NotUtf8.With(fileName));
        }
        if (string.IsNullOrWhiteSpace(text))
            throw new ImportRefusedException(ImportMessages.Empty.With(fileName));
        return text;
    }

    public static async Task<(string Text, byte[] Bytes)> ReadFileAsync(string path, CancellationToken cancellationToken)
    {
        var name = Path.GetFileName(path);
        if (Directory.Exists(path)) throw new ImportRefusedException($"{path} is a folder, not a markdown file.");
        if (!File.Exists(path)) throw new ImportRefusedException($"{path} does not exist.");
        var length = new FileInfo(path).Length;
        if (length > MaxBytes)
            throw new ImportRefusedException($"{name} is {length / (1024.0 * 1024):0.#} MB; the list must be at most {MaxBytes / (1024 * 1024)} MB.");
        byte[] bytes;
        try
        {
            bytes = await File.ReadAllBytesAsync(path, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new ImportRefusedException($"{path} cannot be read: {e.Message}");
        }
        return (Decode(name, bytes), bytes);
    }
}
