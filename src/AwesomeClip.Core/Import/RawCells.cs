namespace AwesomeClip.Core.Import;

/// <summary>Counts the cells of a pipe-table row as GitHub splits it: on unescaped pipes outside code spans.</summary>
internal static class RawCells
{
    public static int Count(string row)
    {
        var text = row.Trim();
        if (text.Length == 0) return 0;
        var pipes = 0;
        var inCode = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\\') { i++; continue; }
            if (c == '`') inCode = !inCode;
            else if (c == '|' && !inCode) pipes++;
        }
        var cells = pipes + 1;
        if (text[0] == '|') cells--;
        if (text.Length > 1 && text[^1] == '|' && text[^2] != '\\') cells--;
        return Math.Max(cells, 0);
    }
}
