namespace AwesomeClip.Core.Catalog;

/// <summary>A version of the list that was imported. The newest one is the template the export writes back into.</summary>
public sealed class SourceDocument
{
    public int Id { get; set; }

    public required string FileName { get; set; }

    /// <summary>Lower-case hex SHA-256 of the file's bytes.</summary>
    public required string Sha256 { get; set; }

    public required string Markdown { get; set; }

    /// <summary>The layout file (<c>awesomeclip.json</c>) the list was read with, if any: the export reads its template the same way.</summary>
    public string? Layout { get; set; }

    public DateTime ImportedAt { get; set; }

    /// <summary>The list's own name (its first <c>#</c> heading), if it has one: the site is named after it.</summary>
    public string? Title { get; set; }

    /// <summary>The list's first paragraph: the home page's introduction.</summary>
    public string? Intro { get; set; }

    /// <summary>
    /// The folder the file was imported from (null for an upload): the list's figures and relative links (<c>./images/x.png</c>,
    /// <c>./citations/x.txt</c>) are served from it.
    /// </summary>
    public string? Folder { get; set; }
}
