using AwesomeClip.Core.Messages;

namespace AwesomeClip.Core.Admin;

/// <summary>What <see cref="VisibleText"/> says about an invisible character (ADR-037).</summary>
public static class CharacterMessages
{
    private const string Area = "Admin";

    /// <summary>{0} names the field ("The title"), {1} the character (<see cref="Character"/>).</summary>
    public static readonly MessageTemplate Invisible = new(Area, "invisible-character",
        "{0} contains an invisible character ({1}); remove it, it would make a look-alike of another name.");

    /// <summary>{0} is the code point in hex (202E), {1} what it is.</summary>
    public static readonly MessageTemplate Character = new(Area, "character", "U+{0}: {1}");

    public static readonly MessageTemplate ZeroWidthSpace = new(Area, "character-zero-width-space", "zero width space");
    public static readonly MessageTemplate ZeroWidthNonJoiner = new(Area, "character-zero-width-non-joiner", "zero width non-joiner");
    public static readonly MessageTemplate ZeroWidthJoiner = new(Area, "character-zero-width-joiner", "zero width joiner");
    public static readonly MessageTemplate WordJoiner = new(Area, "character-word-joiner", "word joiner");
    public static readonly MessageTemplate ByteOrderMark = new(Area, "character-byte-order-mark", "byte order mark");
    public static readonly MessageTemplate SoftHyphen = new(Area, "character-soft-hyphen", "soft hyphen");
    public static readonly MessageTemplate DirectionControl = new(Area, "character-direction-control", "a text direction control");
    public static readonly MessageTemplate FormatCharacter = new(Area, "character-format", "a format character");
    public static readonly MessageTemplate BlankFiller = new(Area, "character-blank-filler", "a blank filler");
    public static readonly MessageTemplate ControlCharacter = new(Area, "character-control", "a control character");

    public static readonly MessageTemplate TheTitle = new(Area, "field-the-title", "The title");
    public static readonly MessageTemplate TheLabel = new(Area, "field-the-label", "The label");
    public static readonly MessageTemplate TheName = new(Area, "field-the-name", "The name");
    public static readonly MessageTemplate TheEmailAddress = new(Area, "field-the-email-address", "The email address");
}
