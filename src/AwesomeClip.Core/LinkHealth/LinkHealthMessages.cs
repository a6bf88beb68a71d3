using AwesomeClip.Core.Messages;

namespace AwesomeClip.Core.LinkHealth;

/// <summary>What replacing a redirected URL came to (<see cref="LinkReplacer"/>; ADR-037). A check's own errors are stored as the checker wrote them.</summary>
public static class LinkHealthMessages
{
    private const string Area = "LinkHealth";

    public static readonly MessageTemplate ResultGone = new(Area, "result-gone",
        "That link's result is gone (no paper uses the URL any more, or it was checked again meanwhile); nothing was replaced. Reload the page.");

    /// <summary>{1} is the state of its last check, as the link health page names it (English).</summary>
    public static readonly MessageTemplate NoLongerRedirect = new(Area, "no-longer-redirect", "{0} is not a permanent redirect any more (its last check says {1}); nothing was replaced.");
    public static readonly MessageTemplate TargetRefused = new(Area, "target-refused", "{0} redirects to {1}, which cannot be stored as a link: {2} Nothing was replaced.");
    public static readonly MessageTemplate NoPaperNamed = new(Area, "no-paper-named", "No paper was named; nothing was replaced.");
    public static readonly MessageTemplate PaperGone = new(Area, "paper-gone", "There is no paper #{0} any more; nothing was replaced there.");
    public static readonly MessageTemplate PaperInTrash = new(Area, "paper-in-trash", "“{0}” (#{1}) is in the trash; nothing was replaced there.");
    public static readonly MessageTemplate NoLongerLinks = new(Area, "no-longer-links", "“{0}” (#{1}) does not link to {2} any more; nothing was replaced there.");
    public static readonly MessageTemplate Replaced = new(Area, "replaced", "“{0}” (#{1}): {2} replaced by {3}.");
    public static readonly MessageTemplate AlreadyLinks = new(Area, "already-links", "“{0}” (#{1}) already links to {2}.");
    public static readonly MessageTemplate ChangedMeanwhile = new(Area, "changed-meanwhile", "“{0}” (#{1}) was changed since this page was loaded; nothing was replaced there. Reload the page and try again.");
    public static readonly MessageTemplate ChangedMeanwhileBy = new(Area, "changed-meanwhile-by", "“{0}” (#{1}) was changed by {2} since this page was loaded; nothing was replaced there. Reload the page and try again.");

    /// <summary>{2} is the editor's messages (a <see cref="MessageList"/>).</summary>
    public static readonly MessageTemplate Invalid = new(Area, "invalid", "“{0}” (#{1}) cannot be saved with the new URL: {2} Nothing was replaced there.");
    public static readonly MessageTemplate NothingReplaced = new(Area, "nothing-replaced", "“{0}” (#{1}): nothing was replaced.");
}
