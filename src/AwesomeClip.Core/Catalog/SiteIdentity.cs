
namespace AwesomeClip.Core.Catalog;

/// <summary>What the site is called and how it introduces itself: the imported list's own title and first paragraph.</summary>
public sealed record SiteIdentity(string Name, string? Intro)
{
    public const string DefaultName = "AwesomeClip";

    public static SiteIdentity Default { get; } = new(DefaultName, null);

    /// <summary>The list's title without the badges and decoration lists put around it ("Awesome NeRF [![Awesome](…)]").</summary>
    public static SiteIdentity Of(string? title, string? intro)
    {
        var name = string.Join(' ', (title ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries)).Trim();
        return new SiteIdentity(name.Length == 0 ? DefaultName : name, string.IsNullOrWhiteSpace(intro) ? null : intro.Trim());
    }

    /// <summary>The name a download of the list goes by: "awesome-clip.md" for Awesome-CLIP, "awesome-nerf.md" for Awesome NeRF.</summary>
    public string FileName(string extension)
    {
        var slug = Slug.From(Name);
        return (slug.Length == 0 ? "list" : slug) + extension;
    }
}
