namespace AwesomeClip.Core.Import;

internal static class SourceLines
{
    /// <summary>Splits on \n, \r\n or \r the way Markdig counts lines; line endings are not kept.</summary>
    public static string[] Split(string text) => text.Split(["\r\n", "\n", "\r"], StringSplitOptions.None);
}
