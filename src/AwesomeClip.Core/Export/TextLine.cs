namespace AwesomeClip.Core.Export;

/// <summary>One line of a markdown document and the line ending that followed it ("" for a last line without one).</summary>
internal readonly record struct TextLine(string Text, string Eol)
{
    /// <summary>Splits on \r\n, \n or \r, the way Markdig numbers lines, keeping each line's own ending.</summary>
    public static List<TextLine> Split(string text)
    {
        var lines = new List<TextLine>();
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] is not ('\n' or '\r')) continue;
            var eolLength = text[i] == '\r' && i + 1 < text.Length && text[i + 1] == '\n' ? 2 : 1;
            lines.Add(new TextLine(text[start..i], text.Substring(i, eolLength)));
            i += eolLength - 1;
            start = i + 1;
        }
        if (start < text.Length) lines.Add(new TextLine(text[start..], ""));
        return lines;
    }

    /// <summary>
    /// Joins lines back into a document. Lines that lost their ending by moving away from the end get
    /// <paramref name="newline"/>; the last line ends the way the template's last line did.
    /// </summary>
    public static string Join(IReadOnlyList<TextLine> lines, string newline, string finalEol)
    {
        var sb = new System.Text.StringBuilder();
        for (var i = 0; i < lines.Count; i++)
        {
            var eol = i == lines.Count - 1 ? finalEol : lines[i].Eol.Length == 0 ? newline : lines[i].Eol;
            sb.Append(lines[i].Text).Append(eol);
        }
        return sb.ToString();
    }
}
