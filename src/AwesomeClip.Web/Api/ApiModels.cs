using AwesomeClip.Core.Export;

namespace AwesomeClip.Web.Api;

/// <summary>A category; <see cref="Parent"/> is the slug of the one it is under, <see cref="Total"/> counts its sub-categories' papers too.</summary>
public sealed record ApiCategory(string Slug, string Name, int Order, int Count)
{
    public string? Parent { get; init; }

    public int Depth { get; init; }

    public int Total { get; init; }
}

public sealed record ApiPaperPage(int Total, int Page, int PageSize, IReadOnlyList<PaperJson> Items);
