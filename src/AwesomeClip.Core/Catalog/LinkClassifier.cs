namespace AwesomeClip.Core.Catalog;

/// <summary>Normalizes a link's free-form label and URL to a <see cref="LinkKind"/>: the label first, then the host.</summary>
public static class LinkClassifier
{
    private static readonly string[] ProjectLabels = ["project", "homepage", "home page", "website", "web page", "webpage", "demo", "page", "site", "主页", "项目"];

    public static LinkKind Classify(string label, string url)
    {
        var l = label.Trim().Trim('[', ']').Trim().ToLowerInvariant();
        if (l.Contains("github", StringComparison.Ordinal)) return LinkKind.Github;
        if (l.Contains("bibtex", StringComparison.Ordinal) || l.Contains("bibtext", StringComparison.Ordinal) || l is "bib" or "cite" or "citation") return LinkKind.Bibtex;
        if (l.Contains("paper", StringComparison.Ordinal) || l is "arxiv" or "pdf" or "openreview" or "论文") return LinkKind.Paper;
        if (l.Contains("code", StringComparison.Ordinal) || l is "代码" or "colab") return LinkKind.Code;
        if (l.Contains("blog", StringComparison.Ordinal) || l is "博客") return LinkKind.Blog;
        if (l.Contains("huggingface", StringComparison.Ordinal) || l.Contains("hugging face", StringComparison.Ordinal)) return LinkKind.HuggingFace;
        if (l.Contains("知乎", StringComparison.Ordinal) || l.Contains("zhihu", StringComparison.Ordinal)) return LinkKind.Zhihu;
        if (l.Contains("video", StringComparison.Ordinal) || l.Contains("youtube", StringComparison.Ordinal) || l is "talk" or "视频") return LinkKind.Video;
        if (ProjectLabels.Any(p => l == p || l.StartsWith(p + " ", StringComparison.Ordinal))) return LinkKind.Project;
        return ClassifyByHost(url);
    }

    /// <summary>The kind a link's URL alone gives (a label says nothing: "TF", "Torch", a model's name).</summary>
    public static LinkKind ClassifyByHost(string url)
    {
        if (!Uri.TryCreate(url.Trim(), UriKind.Absolute, out var uri)) return LinkKind.Other;
        var host = uri.Host.ToLowerInvariant();
        if (host is "github.com" or "www.github.com") return LinkKind.Github;
        if (host.EndsWith("arxiv.org", StringComparison.Ordinal) || host.EndsWith("openreview.net", StringComparison.Ordinal)) return LinkKind.Paper;
        if (host.EndsWith("huggingface.co", StringComparison.Ordinal)) return LinkKind.HuggingFace;
        if (host.EndsWith("zhihu.com", StringComparison.Ordinal)) return LinkKind.Zhihu;
        if (host is "youtube.com" or "www.youtube.com" or "youtu.be" or "m.youtube.com" or "www.bilibili.com" or "bilibili.com" or "vimeo.com") return LinkKind.Video;
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
