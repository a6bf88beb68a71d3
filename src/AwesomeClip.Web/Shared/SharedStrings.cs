namespace AwesomeClip.Web.Shared;

/// <summary>The shared widgets' and the shell's error pages' text (SharedStrings.resx, SharedStrings.zh-CN.resx; ADR-035).</summary>
public sealed class SharedStrings;
