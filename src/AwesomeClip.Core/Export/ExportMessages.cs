using AwesomeClip.Core.Messages;

namespace AwesomeClip.Core.Export;

/// <summary>What an export says it could not write exactly (ADR-037). The patch summary that goes upstream stays English.</summary>
public static class ExportMessages
{
    private const string Area = "Export";

    public static readonly MessageTemplate NotRoundTrip = new(Area, "not-round-trip",
        "'{0}' (id {1}) cannot be written so that it imports back unchanged; exported as well as the list's format allows.");
    public static readonly MessageTemplate NotRoundTripInSection = new(Area, "not-round-trip-in-section",
        "'{0}' (id {1}) cannot be written so that it imports back unchanged; exported as well as its section's layout allows.");
}
