namespace AwesomeClip.Web.LinkHealth;

/// <summary>The link health page's text (LinkHealthStrings.resx, LinkHealthStrings.zh-CN.resx; ADR-035). The command's text is <see cref="LinkHealthText"/>.</summary>
public sealed class LinkHealthStrings;
