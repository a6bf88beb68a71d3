using System.ComponentModel.DataAnnotations;

namespace AwesomeClip.Web.Suggestions;

/// <summary>The "Suggest a paper" form's rate limit (configuration section <c>Suggestions</c>).</summary>
public sealed record SuggestionOptions
{
    public const string Section = "Suggestions";

    /// <summary>Form posts (a check or a send) one client address may make per <see cref="Window"/>; more get 429.</summary>
    [Range(1, 100_000, ErrorMessage = "Suggestions:PostsPerWindow must be between 1 and 100000.")]
    public int PostsPerWindow { get; init; } = 10;

    [Range(typeof(TimeSpan), "00:00:01", "1.00:00:00", ErrorMessage = "Suggestions:Window must be between 00:00:01 and 1.00:00:00.")]
    public TimeSpan Window { get; init; } = TimeSpan.FromMinutes(10);
}
