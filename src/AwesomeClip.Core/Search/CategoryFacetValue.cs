using F = AwesomeClip.Core.Search.SearchFields;

namespace AwesomeClip.Core.Search;

/// <summary>A paper's category as its facet doc value holds it: "slug␟name␟Path / Of / Names␟ancestor-slug other-slug".</summary>
internal static class CategoryFacetValue
{
    public static string Of(string slug, string name, string path, IReadOnlyList<string> ancestors) =>
        string.Join(F.FacetSeparator, slug, name, path, string.Join(' ', ancestors));

    public static string Slug(string value) => Part(value, 0);

    public static string Name(string value) => Part(value, 1);

    public static string Path(string value) => Part(value, 2);

    public static IReadOnlyList<string> Ancestors(string value) => Part(value, 3).Split(' ', StringSplitOptions.RemoveEmptyEntries);

    private static string Part(string value, int index)
    {
        var parts = value.Split(F.FacetSeparator);
        return index < parts.Length ? parts[index] : "";
    }
}
