namespace AwesomeClip.Core.Search;

/// <summary>Optimal string alignment distance (Damerau–Levenshtein with adjacent transpositions), bounded.</summary>
public static class EditDistance
{
    public static bool Within(string a, string b, int maxEdits) => Bounded(a, b, maxEdits) <= maxEdits;

    /// <summary>The distance, or <paramref name="maxEdits"/> + 1 as soon as it must exceed it.</summary>
    public static int Bounded(string a, string b, int maxEdits) => Bounded(a.AsSpan(), b.AsSpan(), maxEdits);

    /// <summary>The same over any symbols (UTF-16 chars, or the bytes of ASCII text).</summary>
    public static int Bounded<T>(ReadOnlySpan<T> a, ReadOnlySpan<T> b, int maxEdits)
        where T : IEquatable<T>
    {
        if (Math.Abs(a.Length - b.Length) > maxEdits) return maxEdits + 1;
        Span<int> previous2 = stackalloc int[b.Length + 1];
        Span<int> previous = stackalloc int[b.Length + 1];
        Span<int> current = stackalloc int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++) previous[j] = j;
        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            var rowMin = current[0];
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1].Equals(b[j - 1]) ? 0 : 1;
                var d = Math.Min(Math.Min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1].Equals(b[j - 2]) && a[i - 2].Equals(b[j - 1])) d = Math.Min(d, previous2[j - 2] + 1);
                current[j] = d;
                rowMin = Math.Min(rowMin, d);
            }
            if (rowMin > maxEdits) return maxEdits + 1;
            var spare = previous2;
            previous2 = previous;
            previous = current;
            current = spare;
        }
        return Math.Min(previous[b.Length], maxEdits + 1);
    }
}
