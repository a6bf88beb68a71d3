namespace AwesomeClip.Web.Localization;

/// <summary>The resources of the language switch (LocalizationStrings.resx, LocalizationStrings.zh-CN.resx).</summary>
public sealed class LocalizationStrings;
