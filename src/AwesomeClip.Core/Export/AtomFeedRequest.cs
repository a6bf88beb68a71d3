using System.ComponentModel.DataAnnotations;
using AwesomeClip.Core.Catalog;

namespace AwesomeClip.Core.Export;

/// <summary>
/// Which feed to write and where the app lives. Paths are relative to <see cref="BaseUrl"/>; the defaults are
/// <c>feed.atom</c> / <c>categories/{slug}/feed.atom</c> for the feed and <c>papers/{id}</c> for a paper's page.
/// </summary>
public sealed record AtomFeedRequest
{
    public const int DefaultLimit = 50;
    public const int MaxLimit = 500;

    /// <summary>Absolute base URL of the app, e.g. https://clip.example.org/.</summary>
    public required Uri BaseUrl { get; init; }

    /// <summary>What the feed calls itself: the imported list's name (set by the writer from the catalog).</summary>
    public SiteIdentity Site { get; init; } = SiteIdentity.Default;

    /// <summary>Null for all categories.</summary>
    public string? CategorySlug { get; init; }

    [Range(1, MaxLimit)]
    public int Limit { get; init; } = DefaultLimit;

    /// <summary>Where this feed is served (rel="self"); defaults as above.</summary>
    public string? SelfPath { get; init; }

    /// <summary>Composite format for a paper's page; {0} is the paper id.</summary>
    public string PaperPathFormat { get; init; } = "papers/{0}";

    /// <summary>Composite format for a category's page; {0} is the slug.</summary>
    public string CategoryPathFormat { get; init; } = "categories/{0}";
}
