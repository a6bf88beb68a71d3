using System.Globalization;
using System.Text;
using DiffPlex;
using DiffPlex.Model;

namespace AwesomeClip.Core.Export.Patch;

/// <summary>
/// A git-style unified diff of one file, byte-exact: line endings are part of each line (a CRLF list stays CRLF, a line
/// whose ending changed is a changed line), and a last line without an ending is marked as git marks it.
/// </summary>
public static class UnifiedDiff
{
    public const int ContextLines = 3;

    /// <summary>The diff from <paramref name="before"/> to <paramref name="after"/>, or "" when they are the same.</summary>
    public static string Create(string before, string after, string path)
    {
        ArgumentNullException.ThrowIfNull(before);
        ArgumentNullException.ThrowIfNull(after);
        var diff = Differ.Instance.CreateDiffs(before, after, ignoreWhiteSpace: false, ignoreCase: false, GitLines.Instance);
        if (diff.DiffBlocks.Count == 0) return "";

        var text = new StringBuilder();
        text.Append("diff --git ").Append(GitPath.Quote("a/" + path)).Append(' ').Append(GitPath.Quote("b/" + path)).Append('\n');
        text.Append("--- ").Append(GitPath.Quote("a/" + path)).Append('\n');
        text.Append("+++ ").Append(GitPath.Quote("b/" + path)).Append('\n');
        foreach (var hunk in Hunks(diff.DiffBlocks)) WriteHunk(text, hunk, diff.PiecesOld, diff.PiecesNew);
        return text.ToString();
    }

    /// <summary>Blocks close enough that their context would overlap share one hunk.</summary>
    private static IEnumerable<List<DiffBlock>> Hunks(IEnumerable<DiffBlock> blocks)
    {
        var hunk = new List<DiffBlock>();
        foreach (var block in blocks.OrderBy(b => b.DeleteStartA))
        {
            if (hunk.Count > 0 && block.DeleteStartA - End(hunk[^1]) > 2 * ContextLines)
            {
                yield return hunk;
                hunk = [];
            }
            hunk.Add(block);
        }
        if (hunk.Count > 0) yield return hunk;
    }

    private static int End(DiffBlock block) => block.DeleteStartA + block.DeleteCountA;

    private static void WriteHunk(StringBuilder text, List<DiffBlock> blocks, IReadOnlyList<string> before, IReadOnlyList<string> after)
    {
        var first = blocks[0];
        var startA = Math.Max(0, first.DeleteStartA - ContextLines);
        var endA = Math.Min(before.Count, End(blocks[^1]) + ContextLines);
        // Before the first block the two files agree, so the same lines sit at a fixed offset in the new file.
        var startB = startA + (first.InsertStartB - first.DeleteStartA);
        var countA = endA - startA;
        var countB = countA - blocks.Sum(b => b.DeleteCountA) + blocks.Sum(b => b.InsertCountB);

        text.Append("@@ -").Append(Range(startA, countA)).Append(" +").Append(Range(startB, countB)).Append(" @@\n");
        var a = startA;
        foreach (var block in blocks)
        {
            for (; a < block.DeleteStartA; a++) Line(text, ' ', before[a]);
            for (var i = 0; i < block.DeleteCountA; i++) Line(text, '-', before[block.DeleteStartA + i]);
            for (var i = 0; i < block.InsertCountB; i++) Line(text, '+', after[block.InsertStartB + i]);
            a = End(block);
        }
        for (; a < endA; a++) Line(text, ' ', before[a]);
    }

    /// <summary>A range as unified diff spells it: 1-based start, and the line before when the range is empty.</summary>
    private static string Range(int start, int count) =>
        string.Create(CultureInfo.InvariantCulture, $"{(count == 0 ? start : start + 1)},{count}");

    /// <summary>Lines as git counts them: each ends after its '\n' (a CR is part of the line), the last may have no ending.</summary>
    private sealed class GitLines : IChunker
    {
        public static readonly GitLines Instance = new();

        public IReadOnlyList<string> Chunk(string text)
        {
            var lines = new List<string>();
            var start = 0;
            while (start < text.Length)
            {
                var end = text.IndexOf('\n', start);
                end = end < 0 ? text.Length : end + 1;
                lines.Add(text[start..end]);
                start = end;
            }
            return lines;
        }
    }

    private static void Line(StringBuilder text, char marker, string line)
    {
        text.Append(marker).Append(line);
        if (!line.EndsWith('\n')) text.Append("\n\\ No newline at end of file\n");
    }
}
