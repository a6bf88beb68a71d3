namespace AwesomeClip.Core.Export.Rendering;

/// <summary>
/// How values are escaped where they are written: <see cref="Full"/> escapes every character that could start markup
/// (so that plain text reads back as the same text); otherwise only what the place cannot hold (a table's pipes, a
/// link label's brackets), which is what a maintainer would type. The writer tries the light form first and checks it.
/// </summary>
internal sealed record Escaping(bool InTable, bool Full)
{
    /// <summary>One line of text (a title, authors, a venue).</summary>
    public string Text(string value)
    {
        var line = OneLine(value);
        if (Full) return MarkdownEscape.Full(line);
        return InTable ? MarkdownEscape.Minimal(line) : line;
    }

    /// <summary>A link's label, inside <c>[…]</c>.</summary>
    public string Label(string value)
    {
        var line = OneLine(value);
        if (Full) return MarkdownEscape.Full(line);
        var escaped = line.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("[", "\\[", StringComparison.Ordinal).Replace("]", "\\]", StringComparison.Ordinal);
        return InTable ? MarkdownEscape.Minimal(escaped) : escaped;
    }

    public static string Url(string url) => MarkdownEscape.Url(url);

    /// <summary>Text with line breaks and inline links (an abstract, a note): &lt;br&gt; between lines in a table cell.</summary>
    public string Prose(string value)
    {
        Func<string, string> escape = Full ? MarkdownEscape.FullKeepingLinks : InTable ? MarkdownEscape.Minimal : s => s;
        var lines = value.Split('\n').Select(escape);
        return InTable ? string.Join("<br>", lines) : string.Join(' ', lines);
    }

    private static string OneLine(string value) =>
        value.Contains('\n', StringComparison.Ordinal) ? string.Join(' ', value.Split('\n', StringSplitOptions.TrimEntries)) : value;
}
