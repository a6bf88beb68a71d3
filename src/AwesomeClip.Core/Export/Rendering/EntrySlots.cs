using AwesomeClip.Core.Catalog;

namespace AwesomeClip.Core.Export.Rendering;

/// <summary>
/// What an entry (or one table cell of it) must say after the export: one value per kind of part. Null or empty
/// where the entry holds nothing of that kind.
/// </summary>
internal sealed record EntrySlots(
    string? Title,
    string? Url,
    string? Authors,
    string? Venue,
    int? Year,
    int? Month,
    int? Day,
    string? Abstract,
    string? Commentary,
    string? Repo,
    IReadOnlyList<LinkValue> Links,
    IReadOnlyList<string> Figures,
    string? Extra)
{
    public static EntrySlots Of(PaperValues v) => new(
        v.Title, v.Url, v.Authors, v.Venue, v.Year, v.Month, v.Day,
        v.Abstract.Length == 0 ? null : v.Abstract, v.Commentary, v.GithubRepo, v.Links, v.Figures, null);

    public static readonly EntrySlots None = new(null, null, null, null, null, null, null, null, null, null, [], [], null);
}
