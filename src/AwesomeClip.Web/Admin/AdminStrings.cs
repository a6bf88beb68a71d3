namespace AwesomeClip.Web.Admin;

/// <summary>The maintainers' pages' text (AdminStrings.resx, AdminStrings.zh-CN.resx; ADR-035).</summary>
public sealed class AdminStrings;
