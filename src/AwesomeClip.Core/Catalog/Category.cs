namespace AwesomeClip.Core.Catalog;

public sealed class Category
{
    public int Id { get; set; }

    public required string Name { get; set; }

    /// <summary>URL-safe, stable identifier derived from the name at creation time.</summary>
    public required string Slug { get; set; }

    /// <summary>Position of the section in the list (0-based).</summary>
    public int Order { get; set; }

    public List<Paper> Papers { get; } = [];
}
