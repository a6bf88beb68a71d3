using Lucene.Net.Documents;
using F = AwesomeClip.Core.Search.SearchFields;

namespace AwesomeClip.Core.Search;

/// <summary>The stored fields of a paper's document: what hits and related papers show without a database query.</summary>
internal sealed record IndexedPaper(int PaperId, string Title, int? Year, string CategorySlug, string CategoryName, string Abstract, string? Commentary)
{
    public static IndexedPaper From(Document doc) => new(
        PaperDocument.PaperId(doc),
        doc.Get(F.Title) ?? "",
        doc.GetField(F.Year)?.GetInt32Value() is { } year and not 0 ? year : null,
        doc.Get(F.CategorySlug) ?? "",
        doc.Get(F.CategoryName) ?? "",
        doc.Get(F.Abstract) ?? "",
        doc.Get(F.Commentary));
}
