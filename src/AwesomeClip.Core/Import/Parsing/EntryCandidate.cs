namespace AwesomeClip.Core.Import.Parsing;

/// <summary>Something a reader found that may be an entry: its draft, its lines (0-based, inclusive) and its layout.</summary>
internal sealed record EntryCandidate(EntryDraft Draft, int FirstLine, int LastLine, EntryLayout Layout)
{
    public Messages.CoreMessage? WhyNot { get; init; } = EntryEvidence.WhyNot(Draft);

    public bool IsEntry => WhyNot is null;
}
