namespace AwesomeClip.Core.Import.Parsing;

/// <summary>The list's text with its line starts: absolute positions (Markdig's spans) to lines and back.</summary>
internal sealed class SourceText
{
    private readonly int[] starts;

    public SourceText(string text)
    {
        Text = text;
        var list = new List<int> { 0 };
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '\r')
            {
                if (i + 1 < text.Length && text[i + 1] == '\n') i++;
                list.Add(i + 1);
            }
            else if (text[i] == '\n')
            {
                list.Add(i + 1);
            }
        }
        starts = [.. list];
    }

    public string Text { get; }

    public int LineCount => starts.Length;

    /// <summary>0-based line of an absolute position.</summary>
    public int LineOf(int position)
    {
        var i = Array.BinarySearch(starts, Math.Clamp(position, 0, Math.Max(0, Text.Length)));
        return i >= 0 ? i : ~i - 1;
    }

    public int LineStart(int line) => starts[line];

    /// <summary>The line's text without its line ending.</summary>
    public string Line(int line) => Text.Substring(starts[line], LineLength(line));

    /// <summary>The line's length without its line ending (no substring: <see cref="OffsetIn"/> runs for every part of every entry).</summary>
    private int LineLength(int line)
    {
        var start = starts[line];
        var end = line + 1 < starts.Length ? starts[line + 1] : Text.Length;
        while (end > start && Text[end - 1] is '\n' or '\r') end--;
        return end - start;
    }

    /// <summary>Lines <paramref name="first"/>..<paramref name="last"/> joined with \n, as entries keep their source.</summary>
    public string Lines(int first, int last) =>
        string.Join('\n', Enumerable.Range(first, last - first + 1).Select(Line));

    /// <summary>
    /// The offset in <see cref="Lines"/>(<paramref name="first"/>, …) of an absolute position: the joined text has one
    /// \n where the file may have \r\n.
    /// </summary>
    public int OffsetIn(int first, int position)
    {
        var line = LineOf(position);
        var offset = 0;
        for (var l = first; l < line; l++) offset += LineLength(l) + 1;
        return offset + Math.Min(position - starts[line], LineLength(line));
    }
}
