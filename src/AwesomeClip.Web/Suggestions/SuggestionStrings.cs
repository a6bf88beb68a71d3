namespace AwesomeClip.Web.Suggestions;

/// <summary>The suggestion form's and the editors' queue's text (SuggestionStrings.resx, SuggestionStrings.zh-CN.resx; ADR-035).</summary>
public sealed class SuggestionStrings;
