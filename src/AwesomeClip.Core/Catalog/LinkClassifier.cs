namespace AwesomeClip.Core.Catalog;

/// <summary>Normalizes a link's free-form label and URL to a <see cref="LinkKind"/>.</summary>
public static class LinkClassifier
{
    public static LinkKind Classify(string label, string url)
    {
        var l = label.Trim().ToLowerInvariant();
        if (l.Contains("github", StringComparison.Ordinal)) return LinkKind.Github;
        if (l.Contains("paper", StringComparison.Ordinal) || l == "arxiv") return LinkKind.Paper;
        if (l.Contains("code", StringComparison.Ordinal)) return LinkKind.Code;
        if (l.Contains("blog", StringComparison.Ordinal)) return LinkKind.Blog;
        if (l.Contains("huggingface", StringComparison.Ordinal) || l.Contains("hugging face", StringComparison.Ordinal)) return LinkKind.HuggingFace;
        if (l.Contains("知乎", StringComparison.Ordinal) || l.Contains("zhihu", StringComparison.Ordinal)) return LinkKind.Zhihu;
        return ClassifyByHost(url);
    }

    private static LinkKind ClassifyByHost(string url)
    {
        if (!Uri.TryCreate(url.Trim(), UriKind.Absolute, out var uri)) return LinkKind.Other;
        var host = uri.Host.ToLowerInvariant();
        if (host is "github.com" or "www.github.com") return LinkKind.Github;
        if (host.EndsWith("arxiv.org", StringComparison.Ordinal) || host.EndsWith("openreview.net", StringComparison.Ordinal)) return LinkKind.Paper;
        if (host.EndsWith("huggingface.co", StringComparison.Ordinal)) return LinkKind.HuggingFace;
        if (host.EndsWith("zhihu.com", StringComparison.Ordinal)) return LinkKind.Zhihu;
        return LinkKind.Other;
    }

    /// <summary>The lower-case wire name used in the API and in the list's own vocabulary.</summary>
    public static string ToWireName(this LinkKind kind) => kind switch
    {
        LinkKind.HuggingFace => "huggingface",
        _ => kind.ToString().ToLowerInvariant(),
    };

    public static bool TryParseWireName(string value, out LinkKind kind)
    {
        foreach (var k in Enum.GetValues<LinkKind>())
        {
            if (string.Equals(k.ToWireName(), value, StringComparison.OrdinalIgnoreCase))
            {
                kind = k;
                return true;
            }
        }
        kind = LinkKind.Other;
        return false;
    }
}
