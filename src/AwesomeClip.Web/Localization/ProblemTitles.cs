using Microsoft.Extensions.Localization;

namespace AwesomeClip.Web.Localization;

/// <summary>
/// The titles of problem bodies, translated in one place as they are written (<c>ProblemDetailsOptions.CustomizeProblemDetails</c>),
/// whichever feature answered: the English title is the key. A title without a translation stays English.
/// </summary>
public sealed class ProblemTitles
{
    public static string Translate(IServiceProvider services, string title) =>
        services.GetService<IStringLocalizer<ProblemTitles>>() is { } localizer ? localizer[title].Value : title;
}
