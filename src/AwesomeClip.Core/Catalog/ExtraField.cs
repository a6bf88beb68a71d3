namespace AwesomeClip.Core.Catalog;

/// <summary>A column of the list that no catalog field holds: the header as written and the cell's text.</summary>
public sealed record ExtraField(string Label, string Text);
