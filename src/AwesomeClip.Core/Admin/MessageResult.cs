using System.ComponentModel.DataAnnotations;
using AwesomeClip.Core.Messages;

namespace AwesomeClip.Core.Admin;

/// <summary>A validation result that keeps its <see cref="CoreMessage"/>, so <see cref="PaperFormRules"/> can hand it on to be translated.</summary>
public sealed class MessageResult(CoreMessage message, IEnumerable<string> memberNames) : ValidationResult(message.ToString(), memberNames)
{
    public CoreMessage Message { get; } = message;

    /// <summary>The message of <paramref name="result"/> for other members (a link's field under <c>Links[2]</c>).</summary>
    public static ValidationResult Moved(ValidationResult result, IEnumerable<string> memberNames)
    {
        ArgumentNullException.ThrowIfNull(result);
        List<string> members = [.. memberNames]; // now: the caller's names may close over a loop variable
        return result is MessageResult m ? new MessageResult(m.Message, members) : new ValidationResult(result.ErrorMessage, members);
    }

    /// <summary>The message of any result: its own, the template of an attribute's constant, or "Invalid value.".</summary>
    public static CoreMessage Of(ValidationResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        if (result is MessageResult m) return m.Message;
        return EditorMessages.ForAttribute(result.ErrorMessage) is { } attribute ? attribute.With() : EditorMessages.InvalidValue.With();
    }
}
