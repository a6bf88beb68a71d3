namespace AwesomeClip.Core.Catalog;

/// <summary>A name in a URL: the words of its <see cref="TitleKey"/>, joined by dashes.</summary>
public static class Slug
{
    /// <summary>"Zero-Shot &amp; Few-Shot &amp; Classification" → "zero-shot-few-shot-classification".</summary>
    public static string From(string name)
    {
        var words = TitleKey.Words(name);
        return words.Length == 0 ? "category" : string.Join('-', words);
    }

    /// <summary>The name's slug, added to <paramref name="taken"/>; when taken, the parent's and the name's ("audio-generation"), then numbered.</summary>
    public static string Unique(string name, string? parentName, ISet<string> taken)
    {
        ArgumentNullException.ThrowIfNull(taken);
        var baseSlug = From(name);
        if (taken.Add(baseSlug)) return baseSlug;
        if (parentName is not null && From(parentName + " " + name) is var qualified && taken.Add(qualified)) return qualified;
        var slug = baseSlug;
        for (var n = 2; !taken.Add(slug); n++) slug = $"{baseSlug}-{n}";
        return slug;
    }
}
