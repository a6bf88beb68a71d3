namespace AwesomeClip.Core.Search;

/// <summary>
/// One piece of the user's query: a word (<c>segmentation</c>, <c>CLIP-KD</c>), a run of CJK text (<c>蒸馏</c>) or a quoted phrase.
/// </summary>
/// <param name="Text">The text, never empty.</param>
/// <param name="Phrase">From a quoted phrase: match the words in order, no typo or prefix expansion.</param>
/// <param name="Excluded">Written with a leading <c>-</c>: papers matching it are removed.</param>
/// <param name="Prefix">The last word while the user is still typing it (no whitespace after it).</param>
internal sealed record QueryPart(string Text, bool Phrase, bool Excluded, bool Prefix)
{
    public bool IsCjk => TextScript.ContainsCjk(Text);
}

/// <summary>The parsed query: its parts and whether the user joined them with OR.</summary>
internal sealed record ParsedQuery(IReadOnlyList<QueryPart> Parts, bool AnyOf)
{
    public static ParsedQuery Empty { get; } = new([], false);

    public bool IsEmpty => Parts.Count == 0;
}
