using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace AwesomeClip.Core.Search;

internal readonly record struct AnalyzedToken(string Term, int Position, int Start, int End);

/// <summary>Runs an analyzer over a string and returns its tokens with positions and offsets.</summary>
internal static class AnalyzedText
{
    public static List<AnalyzedToken> Tokens(Analyzer analyzer, string field, string text, int max = 1024)
    {
        var tokens = new List<AnalyzedToken>();
        using var stream = analyzer.GetTokenStream(field, text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        var offset = stream.AddAttribute<IOffsetAttribute>();
        var increment = stream.AddAttribute<IPositionIncrementAttribute>();
        stream.Reset();
        var position = -1;
        while (tokens.Count < max && stream.IncrementToken())
        {
            position += increment.PositionIncrement;
            tokens.Add(new AnalyzedToken(term.ToString(), position, offset.StartOffset, offset.EndOffset));
        }
        stream.End();
        return tokens;
    }
}
