using AwesomeClip.Core.Storage;

namespace AwesomeClip.Core.Admin;

/// <summary>
/// How <see cref="PaperEditor"/> creates a paper: the history's line, and steps that run in the creation's transaction.
/// <see cref="Claim"/> runs first (a result is a refusal: nothing is written); <see cref="Link"/> once the paper has its id.
/// </summary>
internal sealed record PaperCreation(
    string Summary,
    Func<CatalogDbContext, CancellationToken, Task<SaveResult?>>? Claim = null,
    Func<CatalogDbContext, int, CancellationToken, Task>? Link = null)
{
    public static PaperCreation InTheApp { get; } = new("created in the app");
}
