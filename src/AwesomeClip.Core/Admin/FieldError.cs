using AwesomeClip.Core.Messages;

namespace AwesomeClip.Core.Admin;

/// <summary>A validation message for one form field (<c>Title</c>, <c>Links[2].Url</c>, …); <see cref="Message"/> is its English.</summary>
public sealed record FieldError(string Field, CoreMessage Text)
{
    public string Message => Text.ToString();
}
