using System.Globalization;
using System.Text.RegularExpressions;

namespace AwesomeClip.Core.Messages;

/// <summary>
/// One sentence the core shows to people: a stable <see cref="Code"/> (<c>area.name</c>) and its English composite
/// format. The web project says it in the reader's language by the code (ADR-037); <see cref="CoreMessage.ToString"/> is
/// the English. Declared as <c>public static readonly</c> fields of a feature's <c>…Messages</c> class, where tests find them.
/// </summary>
public sealed partial class MessageTemplate
{
    public MessageTemplate(string area, string name, string english)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(area);
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentNullException.ThrowIfNull(english);
        Code = $"{area}.{name}";
        English = english;
        Placeholders = PlaceholdersOf(english);
        var expected = Enumerable.Range(0, Placeholders.Count);
        if (!Placeholders.SequenceEqual(expected))
            throw new ArgumentException($"{Code}: placeholders must be {{0}} to {{n}} without gaps, found {string.Join(",", Placeholders)}.", nameof(english));
    }

    public string Code { get; }

    public string English { get; }

    /// <summary>The distinct placeholder indices of <see cref="English"/>, ascending.</summary>
    public IReadOnlyList<int> Placeholders { get; }

    public CoreMessage With(params object?[] args)
    {
        ArgumentNullException.ThrowIfNull(args);
        if (args.Length != Placeholders.Count)
            throw new ArgumentException($"{Code} takes {Placeholders.Count} value(s), got {args.Length}.", nameof(args));
        // A template among the values is its message without values ("the title" in a sentence about the title).
        return new CoreMessage(this, [.. args.Select(a => a is MessageTemplate t ? t.With() : a)]);
    }

    public static implicit operator CoreMessage(MessageTemplate template)
    {
        ArgumentNullException.ThrowIfNull(template);
        return template.With();
    }

    public override string ToString() => Code;

    /// <summary>The distinct <c>{n}</c> indices of a composite format (<c>{{</c> is a brace, not a placeholder).</summary>
    public static IReadOnlyList<int> PlaceholdersOf(string format)
    {
        ArgumentNullException.ThrowIfNull(format);
        return [.. Placeholder().Matches(format.Replace("{{", "", StringComparison.Ordinal))
            .Select(m => int.Parse(m.Groups["n"].Value, CultureInfo.InvariantCulture)).Distinct().Order()];
    }

    [GeneratedRegex(@"\{(?<n>\d+)(?:,-?\d+)?(?::[^}]*)?\}", RegexOptions.CultureInvariant)]
    private static partial Regex Placeholder();
}
