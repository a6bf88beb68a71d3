namespace AwesomeClip.Core.Catalog;

/// <summary>A paper's link as the catalog holds it: its kind, its label and its URL as the list wrote them.</summary>
public sealed record LinkValue(LinkKind Kind, string Label, string Url);
