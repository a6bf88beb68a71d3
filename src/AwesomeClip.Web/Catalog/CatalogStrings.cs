namespace AwesomeClip.Web.Catalog;

/// <summary>The paper page's and related papers' text (CatalogStrings.resx, CatalogStrings.zh-CN.resx; ADR-035).</summary>
public sealed class CatalogStrings;
