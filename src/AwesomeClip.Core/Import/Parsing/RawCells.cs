namespace AwesomeClip.Core.Import.Parsing;

/// <summary>Splits a pipe-table row as GitHub does: on unescaped pipes outside code spans.</summary>
internal static class RawCells
{
    public static int Count(string row) => Spans(row).Count;

    /// <summary>Each cell's text between its pipes (padding included), as offsets into <paramref name="row"/>.</summary>
    public static List<(int Start, int End)> Spans(string row)
    {
        var cells = new List<(int, int)>();
        var start = 0;
        var end = row.Length;
        while (start < end && char.IsWhiteSpace(row[start])) start++;
        while (end > start && char.IsWhiteSpace(row[end - 1])) end--;
        if (start == end) return cells;
        var leading = row[start] == '|';
        var from = leading ? start + 1 : start;
        var inCode = false;
        for (var i = from; i < end; i++)
        {
            var c = row[i];
            if (c == '\\') { i++; continue; }
            if (c == '`')
            {
                inCode = !inCode;
            }
            else if (c == '|' && !inCode)
            {
                cells.Add((from, i));
                from = i + 1;
            }
        }
        // A row that ends with its pipe has no cell after it.
        if (from < end || !(end - 1 >= start && row[end - 1] == '|' && (end - 2 < start || row[end - 2] != '\\'))) cells.Add((from, end));
        return cells;
    }
}
