using System.Text;

namespace AwesomeClip.Core.Export;

/// <summary>The catalog written as the list's markdown, with what could not be written exactly.</summary>
public sealed record ListExport(string Markdown, IReadOnlyList<Messages.CoreMessage> Warnings)
{
    /// <summary>UTF-8 without a byte order mark, as the list is stored upstream.</summary>
    public static readonly UTF8Encoding Encoding = new(encoderShouldEmitUTF8Identifier: false);

    public byte[] ToBytes() => Encoding.GetBytes(Markdown);
}
