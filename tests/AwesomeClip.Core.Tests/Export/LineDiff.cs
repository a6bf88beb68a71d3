namespace AwesomeClip.Core.Tests.Export;

/// <summary>The lines removed from and added to a text, by a longest-common-subsequence diff.</summary>
public sealed record LineDiff(IReadOnlyList<string> Removed, IReadOnlyList<string> Added)
{
    public static LineDiff Between(string before, string after)
    {
        var a = before.Split('\n');
        var b = after.Split('\n');
        var lcs = new int[a.Length + 1, b.Length + 1];
        for (var i = a.Length - 1; i >= 0; i--)
        {
            for (var j = b.Length - 1; j >= 0; j--)
                lcs[i, j] = a[i] == b[j] ? lcs[i + 1, j + 1] + 1 : Math.Max(lcs[i + 1, j], lcs[i, j + 1]);
        }
        var removed = new List<string>();
        var added = new List<string>();
        int x = 0, y = 0;
        while (x < a.Length || y < b.Length)
        {
            if (x < a.Length && y < b.Length && a[x] == b[y]) { x++; y++; }
            else if (y == b.Length || (x < a.Length && lcs[x + 1, y] >= lcs[x, y + 1]))
            {
                removed.Add(a[x++]);
            }
            else
            {
                added.Add(b[y++]);
            }
        }
        return new LineDiff(removed, added);
    }

    public override string ToString() =>
        string.Join('\n', Removed.Select(l => "- " + l).Concat(Added.Select(l => "+ " + l)));
}
