using System.Globalization;

namespace AwesomeClip.Core.Messages;

/// <summary>
/// A <see cref="MessageTemplate"/> with its values. A value may be another message (a field's name in a sentence about
/// it); the web project translates those too. Equal when the code and the English are.
/// </summary>
public sealed class CoreMessage : IEquatable<CoreMessage>
{
    private readonly string english;

    internal CoreMessage(MessageTemplate template, IReadOnlyList<object?> args)
    {
        Template = template;
        Args = args;
        english = string.Format(CultureInfo.InvariantCulture, template.English, [.. args]);
    }

    public MessageTemplate Template { get; }

    public string Code => Template.Code;

    public IReadOnlyList<object?> Args { get; }

    /// <summary>The message in English, values formatted invariantly.</summary>
    public override string ToString() => english;

    public bool Equals(CoreMessage? other) => other is not null && other.Code == Code && other.english == english;

    public override bool Equals(object? obj) => obj is CoreMessage other && Equals(other);

    public override int GetHashCode() => HashCode.Combine(Code, english);
}
