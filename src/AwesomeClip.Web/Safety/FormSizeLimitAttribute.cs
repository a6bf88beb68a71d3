using Microsoft.AspNetCore.Http.Metadata;

namespace AwesomeClip.Web.Safety;

/// <summary>
/// A smaller body limit than <see cref="FormLimits.MaxBodyBytes"/> for one page's forms, with what to tell the sender;
/// <see cref="FormLimits"/> refuses a larger form before it is read.
/// </summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class FormSizeLimitAttribute(long bytes, string message) : Attribute, IRequestSizeLimitMetadata
{
    public long? MaxRequestBodySize { get; } = bytes;

    public string Message { get; } = message;
}
