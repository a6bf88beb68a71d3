using System.Text.RegularExpressions;
using AwesomeClip.Core.Messages;

namespace AwesomeClip.Core.Import.Parsing;

/// <summary>Whether a bullet, line or block is an entry of the list, and if not, why not (the report says it).</summary>
internal static partial class EntryEvidence
{
    [GeneratedRegex(@"^https?://(?:www\.)?(?:github\.com/[^/\s?#]+/?|twitter\.com/.+|x\.com/.+|linkedin\.com/.+|scholar\.google\.[a-z.]+/.+)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Profile();

    /// <summary>What the title shows: invisible characters and blank fillers (letters to Unicode) are left out of it.</summary>
    public static string? VisibleTitle(EntryDraft draft) => draft.Title is { } t ? Admin.VisibleText.Strip(t).Text.Trim() : null;

    /// <summary>Null when the draft is an entry; otherwise the reason it is not.</summary>
    public static CoreMessage? WhyNot(EntryDraft draft)
    {
        var title = VisibleTitle(draft);
        if (string.IsNullOrEmpty(title) || !title.Any(char.IsLetter)) return ImportMessages.NoTitle;
        if (draft.Url is { } url && url.StartsWith('#') && draft.OutboundLinks == 0) return ImportMessages.ContentsLink;
        if (draft.OutboundLinks == 0 && !draft.HasMeta) return ImportMessages.NoLinkOrMeta;
        if (draft.OutboundLinks == 0 && draft.Venue is null && draft.Year is null && !draft.StrongAuthors)
            return ImportMessages.NoAuthors;
        var links = draft.Links.Select(l => l.Url).Append(draft.Url).OfType<string>().Where(u => !u.StartsWith('#')).ToList();
        if (!draft.HasMeta && links.Count > 0 && links.All(u => Profile().IsMatch(u) || u.StartsWith("mailto:", StringComparison.OrdinalIgnoreCase)))
            return ImportMessages.ProfileOnly;
        return null;
    }
}
