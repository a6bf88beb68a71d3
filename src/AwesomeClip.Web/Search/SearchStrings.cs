namespace AwesomeClip.Web.Search;

/// <summary>The search page's, box's and filters' text (SearchStrings.resx, SearchStrings.zh-CN.resx; ADR-035).</summary>
public sealed class SearchStrings;
