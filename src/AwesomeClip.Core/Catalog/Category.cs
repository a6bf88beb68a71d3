namespace AwesomeClip.Core.Catalog;

public sealed class Category
{
    public int Id { get; set; }

    public required string Name { get; set; }

    /// <summary>URL-safe, stable identifier derived from the name at creation time.</summary>
    public required string Slug { get; set; }

    /// <summary>Position of the section in the list (0-based), counted over the whole tree in reading order.</summary>
    public int Order { get; set; }

    /// <summary>The section this one is a sub-section of (a <c>###</c> under a <c>##</c>, a <c>&lt;details&gt;</c> inside a section).</summary>
    public int? ParentId { get; set; }

    public Category? Parent { get; set; }

    public List<Category> Children { get; } = [];

    /// <summary>The parent at the last import (null for top-level sections and for categories created in the app).</summary>
    public int? ImportedParentId { get; set; }

    /// <summary>The section's heading at the last import (null for categories created in the app).</summary>
    public string? ImportedName { get; set; }

    /// <summary>The section's position at the last import (null for categories created in the app).</summary>
    public int? ImportedOrder { get; set; }

    /// <summary>Set when the category is in the trash (removed upstream while trashed papers still point at it).</summary>
    public DateTime? DeletedAt { get; set; }

    public List<Paper> Papers { get; } = [];
}
