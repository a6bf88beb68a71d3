namespace AwesomeClip.Core.Reading;

/// <summary>Where a paper is listed and when it last changed, without its text.</summary>
public sealed record PaperStamp(int Id, int CategoryId, int? Year, DateTime UpdatedAt);
