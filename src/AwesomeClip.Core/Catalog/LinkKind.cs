namespace AwesomeClip.Core.Catalog;

public enum LinkKind
{
    Other,
    Github,
    Paper,
    Code,
    Blog,
    HuggingFace,
    Zhihu,
}
