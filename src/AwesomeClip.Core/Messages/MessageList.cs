namespace AwesomeClip.Core.Messages;

/// <summary>Several messages as one value of another, said one after another with <see cref="Separator"/> between them.</summary>
public sealed class MessageList(IEnumerable<CoreMessage> messages, string separator = " ")
{
    public IReadOnlyList<CoreMessage> Messages { get; } = [.. messages];

    public string Separator { get; } = separator;

    public override string ToString() => string.Join(Separator, Messages);
}
