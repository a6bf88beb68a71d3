using AwesomeClip.Core.Catalog;
using AwesomeClip.Core.Messages;

namespace AwesomeClip.Core.Admin;

/// <summary>What saving a <see cref="PaperForm"/> came to.</summary>
public abstract record SaveResult;

/// <param name="Changed">False when nothing differed (or the same form was submitted twice): no revision was written.</param>
public sealed record PaperSaved(int PaperId, int Version, bool Changed) : SaveResult;

/// <summary>Nothing was written; each message belongs to a field of the form.</summary>
public sealed record PaperInvalid(IReadOnlyList<FieldError> Errors) : SaveResult;

/// <summary>The paper does not exist or is in the trash.</summary>
public sealed record PaperMissing(CoreMessage Text) : SaveResult
{
    public string Message => Text.ToString();
}

/// <summary>
/// Someone saved the paper after the form was loaded. Nothing was written: <see cref="Theirs"/> holds the stored values
/// (with <see cref="StoredVersion"/>), so the editor can show theirs next to mine and let the maintainer choose.
/// </summary>
public sealed record EditConflict(
    int PaperId,
    int StoredVersion,
    PaperForm Theirs,
    IReadOnlyList<PaperField> DifferingFields,
    string? LastActor,
    DateTime? LastChangedAt) : SaveResult;

/// <summary>The result of a one-click action (trash, restore, purge, revert).</summary>
public sealed record EditOutcome(bool Succeeded, CoreMessage Text, int? PaperId = null)
{
    /// <summary>The message in English.</summary>
    public string Message => Text.ToString();

    public static EditOutcome Done(CoreMessage message, int paperId) => new(true, message, paperId);

    public static EditOutcome Refused(CoreMessage message, int? paperId = null) => new(false, message, paperId);
}
