namespace AwesomeClip.Core.Admin;

/// <summary>A validation message for one form field (<c>Title</c>, <c>Links[2].Url</c>, …).</summary>
public sealed record FieldError(string Field, string Message);
