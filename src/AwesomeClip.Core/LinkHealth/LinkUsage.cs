namespace AwesomeClip.Core.LinkHealth;

/// <summary>Where in a paper a URL stands.</summary>
public enum LinkPlace
{
    /// <summary>The link on the paper's title.</summary>
    TitleLink,

    /// <summary>One of the paper's links.</summary>
    Link,

    /// <summary>A figure given by its web address (not a file of the list or an upload).</summary>
    Figure,
}

/// <summary>One paper's use of a URL.</summary>
/// <param name="Index">0-based: the link's or figure's place in the editor's list; 0 for the title link.</param>
/// <param name="PaperVersion">The paper's version when this was read: a change made from it is refused if the paper changed since.</param>
public sealed record LinkUsage(int PaperId, string PaperTitle, int PaperVersion, LinkPlace Place, int Index, string? Label)
{
    /// <summary>"title link", "link 2 (Github)", "figure 1".</summary>
    public string Where => Place switch
    {
        LinkPlace.TitleLink => "title link",
        LinkPlace.Link => string.IsNullOrWhiteSpace(Label) ? $"link {Index + 1}" : $"link {Index + 1} ({Label})",
        _ => $"figure {Index + 1}",
    };

    /// <summary>The id of the editor's field that holds the URL (<c>paper-url</c>, <c>link-url-2</c>, <c>figure-upload</c>).</summary>
    public string EditorField => Place switch
    {
        LinkPlace.TitleLink => "paper-url",
        LinkPlace.Link => $"link-url-{Index}",
        _ => "figure-upload",
    };

    /// <summary>Whether the editor can change the URL here (figures given by URL come from the list; the editor only adds uploads).</summary>
    public bool CanReplace => Place is LinkPlace.TitleLink or LinkPlace.Link;
}
