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
}
