using System.ComponentModel.DataAnnotations;

namespace AwesomeClip.Web.Storage;

/// <summary>The list imported into an empty catalog on first start (configuration section <c>Seed</c>).</summary>
public sealed record SeedOptions
{
    public const string Section = "Seed";

    [Required(AllowEmptyStrings = false)]
    public string ListPath { get; init; } = Path.Combine(AppContext.BaseDirectory, "seed", "awesome-clip.md");

    /// <summary>Figures referenced as ./images/X.png resolve against the list's folder.</summary>
    public string FiguresRoot => Path.GetDirectoryName(Path.GetFullPath(ListPath))!;
}
