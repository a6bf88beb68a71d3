using System.Text.RegularExpressions;

namespace AwesomeClip.Core.Catalog;

/// <summary>
/// The short, normalised name of a venue as lists write it ("Arxiv" → arXiv, "NIPS" → NeurIPS, "CVPR Workshop" →
/// CVPR Workshop, "Computer Graphics Forum" → CGF): one rule for the pages, the search facet, the API and BibTeX.
/// </summary>
public static partial class VenueNames
{
    // Each row: the short name, then the spellings (whole words, any case) that mean it. Longer spellings first.
    private static readonly (string Short, string[] Spellings)[] Known =
    [
        ("SIGGRAPH Asia", ["siggraph asia"]),
        ("NeurIPS", ["neurips", "nips", "neural information processing systems"]),
        ("CVPR", ["cvpr", "computer vision and pattern recognition"]),
        ("ICCV", ["iccv", "international conference on computer vision"]),
        ("ECCV", ["eccv", "european conference on computer vision"]),
        ("ICLR", ["iclr", "international conference on learning representations"]),
        ("ICML", ["icml", "international conference on machine learning"]),
        ("AAAI", ["aaai"]),
        ("IJCAI", ["ijcai"]),
        ("ACL", ["acl"]),
        ("EMNLP", ["emnlp"]),
        ("NAACL", ["naacl"]),
        ("COLING", ["coling"]),
        ("MICCAI", ["miccai"]),
        ("arXiv", ["arxiv", "preprint", "arxiv preprint"]),
        ("SIGGRAPH", ["siggraph"]),
        ("TOG", ["tog", "acm tog", "transactions on graphics"]),
        ("TPAMI", ["tpami", "t-pami", "pami"]),
        ("TIP", ["tip", "transactions on image processing"]),
        ("IJCV", ["ijcv"]),
        ("TVCG", ["tvcg"]),
        ("WACV", ["wacv"]),
        ("BMVC", ["bmvc"]),
        ("ACCV", ["accv"]),
        ("3DV", ["3dv"]),
        ("ACM MM", ["acm mm", "acmmm", "acm-mm", "acm multimedia", "mm"]),
        ("KDD", ["kdd", "sigkdd"]),
        ("WWW", ["www", "the web conference"]),
        ("SIGIR", ["sigir"]),
        ("ICRA", ["icra"]),
        ("IROS", ["iros"]),
        ("CoRL", ["corl"]),
        ("RSS", ["rss"]),
        ("ICASSP", ["icassp"]),
        ("Interspeech", ["interspeech"]),
        ("TMLR", ["tmlr"]),
        ("JMLR", ["jmlr"]),
        ("AISTATS", ["aistats"]),
        ("UAI", ["uai"]),
        ("CGF", ["cgf", "computer graphics forum"]),
        ("Eurographics", ["eurographics", "eg"]),
        ("Nature", ["nature"]),
        ("Science", ["science"]),
    ];

    private static readonly Dictionary<string, string> BySpelling = Known
        .SelectMany(k => k.Spellings.Select(s => (Spelling: s, k.Short)))
        .ToDictionary(x => x.Spelling, x => x.Short, StringComparer.Ordinal);

    [GeneratedRegex(@"\bworkshops?\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Workshop();

    [GeneratedRegex(@"[^\p{L}\p{N}\-]+", RegexOptions.CultureInvariant)]
    private static partial Regex NonWord();

    private static readonly HashSet<string> ShortNames = Known.Select(k => k.Short).ToHashSet(StringComparer.Ordinal);

    /// <summary>True for a venue the list of known venues names ("CVPR", "NeurIPS Workshop"), not for any other text.</summary>
    public static bool IsKnown(string? venue) => Short(venue) is { } s && ShortNames.Contains(s.Replace(" Workshop", "", StringComparison.Ordinal));

    /// <summary>The short name of a venue written without its year; null for null or blank.</summary>
    public static string? Short(string? venue)
    {
        if (string.IsNullOrWhiteSpace(venue)) return null;
        var words = NonWord().Split(venue.ToLowerInvariant()).Where(w => w.Length > 0).ToArray();
        var workshop = Workshop().IsMatch(venue) ? " Workshop" : "";
        // The longest run of words that is a known spelling wins ("SIGGRAPH Asia" over "SIGGRAPH").
        for (var length = Math.Min(5, words.Length); length >= 1; length--)
        {
            for (var start = 0; start + length <= words.Length; start++)
            {
                var run = string.Join(' ', words, start, length);
                if (BySpelling.TryGetValue(run, out var known)) return known + workshop;
                var joined = string.Concat(words.Skip(start).Take(length));
                if (length > 1 && BySpelling.TryGetValue(joined, out known)) return known + workshop;
            }
        }
        var trimmed = venue.Trim().TrimEnd('.', ',', ';', ':').Trim();
        return trimmed.Length <= 40 ? trimmed : trimmed[..40].TrimEnd();
    }
}
