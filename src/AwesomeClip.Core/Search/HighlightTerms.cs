using Lucene.Net.Index;
using Lucene.Net.Search;

namespace AwesomeClip.Core.Search;

/// <summary>
/// The terms, per field, that the (rewritten) query can match: its words, phrases, and the typo and prefix expansions
/// Lucene chose. Excluded parts are not included.
/// </summary>
internal sealed class HighlightTerms
{
    public static HighlightTerms None { get; } = new([]);

    private readonly Dictionary<string, HashSet<string>> byField;

    private HighlightTerms(Dictionary<string, HashSet<string>> byField) => this.byField = byField;

    public static HighlightTerms From(Query rewritten, IEnumerable<Term>? alsoWanted = null)
    {
        var terms = new HashSet<Term>(alsoWanted ?? []);
        rewritten.ExtractTerms(terms);
        var byField = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        foreach (var term in terms)
        {
            if (!byField.TryGetValue(term.Field, out var set)) byField[term.Field] = set = new HashSet<string>(StringComparer.Ordinal);
            set.Add(term.Text);
        }
        return new HighlightTerms(byField);
    }

    public IReadOnlySet<string>? For(string field) => byField.GetValueOrDefault(field);
}
