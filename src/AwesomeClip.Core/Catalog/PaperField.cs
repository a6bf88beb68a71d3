namespace AwesomeClip.Core.Catalog;

/// <summary>The fields of a paper that an import compares and merges, the editor edits and history records.</summary>
public enum PaperField
{
    Title,
    Year,
    Category,
    Abstract,
    Commentary,
    GithubRepo,
    Links,
    Figures,

    /// <summary>The title's own link.</summary>
    Url,
    Authors,
    Venue,

    /// <summary>Month and day (the year is <see cref="Year"/>).</summary>
    Date,

    /// <summary>The entry's columns that no other field holds.</summary>
    Extras,
}

public static class PaperFieldNames
{
    /// <summary>The field as summaries and messages name it ("GitHub repo", "title link").</summary>
    public static string Name(this PaperField field) => field switch
    {
        PaperField.GithubRepo => "GitHub repo",
        PaperField.Url => "title link",
        PaperField.Extras => "other columns",
        _ => field.ToString().ToLowerInvariant(),
    };
}
