using System.Collections.Concurrent;
using System.Globalization;
using AwesomeClip.Core.Messages;
using Microsoft.Extensions.Localization;

namespace AwesomeClip.Web.Localization;

/// <summary>A core message as shown: its text, and whether that text is the English because no translation was found.</summary>
public readonly record struct SaidMessage(string Text, bool IsEnglish)
{
    /// <summary>The <c>lang</c> attribute its element needs on a page in another language, or null.</summary>
    public string? Lang => IsEnglish && !CultureInfo.CurrentUICulture.Name.StartsWith("en", StringComparison.Ordinal) ? "en" : null;

    public override string ToString() => Text;
}

/// <summary>
/// Says the core's messages in the current UI culture (ADR-037): the resource of the template's area
/// (<c>Localization/CoreMessages/{Area}.resx</c>, keyed by the template's code) with the values formatted for the culture,
/// messages among the values said the same way. A code without a resource stays English and says so (<see cref="SaidMessage.IsEnglish"/>).
/// </summary>
public sealed class CoreMessageText(IStringLocalizerFactory factory)
{
    private const string Assembly = "AwesomeClip.Web";
    private readonly ConcurrentDictionary<string, IStringLocalizer> areas = new(StringComparer.Ordinal);

    /// <summary>The resource base name for an area: the file the tests check every template against.</summary>
    public static string ResourceName(string area) => $"{Assembly}.Localization.CoreMessages.{area}";

    public static string AreaOf(string code) => code[..Math.Max(0, code.IndexOf('.', StringComparison.Ordinal))];

    public SaidMessage Say(CoreMessage message)
    {
        ArgumentNullException.ThrowIfNull(message);
        var area = AreaOf(message.Code);
        var localizer = areas.GetOrAdd(area, a => factory.Create(ResourceName(a), Assembly));
        LocalizedString format;
        try
        {
            format = localizer[message.Code];
        }
        catch (System.Resources.MissingManifestResourceException)
        {
            return new SaidMessage(message.ToString(), IsEnglish: true);
        }
        if (format.ResourceNotFound) return new SaidMessage(message.ToString(), IsEnglish: true);
        var values = message.Args.Select(a => a switch
        {
            CoreMessage inner => Say(inner).Text,
            MessageList list => Say(list),
            _ => a,
        }).ToArray();
        return new SaidMessage(string.Format(CultureInfo.CurrentCulture, format.Value, values), IsEnglish: false);
    }

    public string this[CoreMessage message] => Say(message).Text;

    /// <summary>Each message of the list, joined as the culture joins a list.</summary>
    public string Say(MessageList list)
    {
        ArgumentNullException.ThrowIfNull(list);
        return string.Join(Separator(list.Separator), list.Messages.Select(m => Say(m).Text));
    }

    /// <summary>Chinese lists its items with 、 and ；, not with a Latin comma and semicolon.</summary>
    private static string Separator(string separator) =>
        !CultureInfo.CurrentUICulture.Name.StartsWith("zh", StringComparison.Ordinal) ? separator : separator switch
        {
            ", " => "、",
            "; " => "；",
            _ => separator,
        };
}
