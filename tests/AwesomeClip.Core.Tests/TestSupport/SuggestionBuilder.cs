using AwesomeClip.Core.Suggestions;

namespace AwesomeClip.Core.Tests.TestSupport;

/// <summary>A reader's "Suggest a paper" form, filled in as a reader would (a new paper, an arXiv link, the Distillation section).</summary>
public sealed class SuggestionBuilder
{
    private string? title = "DataComp: In search of the next generation of multimodal datasets";
    private string? url = "https://arxiv.org/abs/2304.14108";
    private string? category = "distillation";
    private string? note;
    private string? contact;

    public SuggestionBuilder WithTitle(string? value) { title = value; return this; }

    public SuggestionBuilder WithUrl(string? value) { url = value; return this; }

    public SuggestionBuilder InCategory(string? slug) { category = slug; return this; }

    public SuggestionBuilder WithNote(string? value) { note = value; return this; }

    public SuggestionBuilder WithContact(string? value) { contact = value; return this; }

    public SuggestionInput Build() => new(title, url, category, note, contact);
}
