namespace AwesomeClip.Core.Catalog;

/// <summary>What a link points at, worked out from its label, its URL and the column it stands in.</summary>
public enum LinkKind
{
    Other,
    Github,
    Paper,
    Code,
    Blog,
    HuggingFace,
    Zhihu,

    /// <summary>A project page, homepage or demo.</summary>
    Project,

    /// <summary>A talk or video (YouTube, Bilibili, …).</summary>
    Video,

    /// <summary>A BibTeX or citation file.</summary>
    Bibtex,
}
