using Lucene.Net.Search.Similarities;
using Lucene.Net.Util;

namespace AwesomeClip.Core.Search;

/// <summary>The one place that names the Lucene version and the scoring model used everywhere.</summary>
internal static class LuceneSettings
{
    public const LuceneVersion Version = LuceneVersion.LUCENE_48;

    /// <summary>BM25 suits the short titles and mid-length abstracts better than classic TF-IDF (measured with the nDCG suite).</summary>
    public static Similarity Similarity { get; } = new BM25Similarity();
}
