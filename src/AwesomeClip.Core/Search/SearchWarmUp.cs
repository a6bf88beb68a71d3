using AwesomeClip.Core.Catalog;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;

namespace AwesomeClip.Core.Search;

/// <summary>
/// What the first index build and the first query would otherwise pay for on the startup path, done ahead: the SmartCn
/// dictionaries, and the JIT compilation of Lucene's indexing and search code (one sample paper indexed in memory and
/// searched). Touches nothing on disk, so it can run while the database is being migrated and imported.
/// </summary>
internal static class SearchWarmUp
{
    public static void Run(CatalogAnalyzers analyzers)
    {
        analyzers.Warm();
        using var directory = new RAMDirectory();
        using (var writer = new IndexWriter(directory, new IndexWriterConfig(LuceneSettings.Version, analyzers.PerField) { Similarity = LuceneSettings.Similarity }))
        {
            writer.AddDocument(PaperDocument.From(Sample(), CategoryPaths.None));
            writer.Commit();
        }
        using var reader = DirectoryReader.Open(directory);
        var searcher = new IndexSearcher(reader) { Similarity = LuceneSettings.Similarity };
        _ = searcher.Search(new TermQuery(new Term(SearchFields.BodyBigrams, "蒸馏")), 10);
        foreach (var leaf in reader.Leaves) SegmentValues.Of(leaf.AtomicReader);
    }

    private static Paper Sample()
    {
        var category = new Category { Name = "Warm-up", Slug = "warm-up" };
        var paper = new Paper
        {
            Title = "CLIP-KD: An Empirical Study of CLIP Model Distillation",
            Year = 2024,
            Category = category,
            Abstract = "本文研究了CLIP模型的知识蒸馏 (knowledge distillation) 方法.",
            Commentary = "预热",
            GithubRepo = "example/warm-up",
        };
        paper.Links.Add(new PaperLink { Kind = LinkKind.Github, Label = "Github", Url = "https://github.com/example/warm-up" });
        return paper;
    }
}
