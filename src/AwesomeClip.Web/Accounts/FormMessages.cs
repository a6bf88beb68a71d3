using System.Globalization;
using System.Resources;

namespace AwesomeClip.Web.Accounts;

/// <summary>
/// The account forms' DataAnnotations messages and field names in the request's language (FormMessages.resx,
/// FormMessages.zh-CN.resx): attributes name them with <c>ErrorMessageResourceType</c>/<c>ResourceType</c>, which read
/// static properties, so this is not a marker class like the others (ADR-035).
/// </summary>
public static class FormMessages
{
    private static readonly ResourceManager Resources = new(typeof(FormMessages).FullName!, typeof(FormMessages).Assembly);

    public static string Required => Get(nameof(Required));

    public static string EmailAddress => Get(nameof(EmailAddress));

    public static string StringLength => Get(nameof(StringLength));

    public static string InitialPasswordLength => Get(nameof(InitialPasswordLength));

    public static string ChooseRole => Get(nameof(ChooseRole));

    public static string Email => Get(nameof(Email));

    public static string Password => Get(nameof(Password));

    public static string InitialPassword => Get(nameof(InitialPassword));

    public static string Role => Get(nameof(Role));

    private static string Get(string name) =>
        Resources.GetString(name, CultureInfo.CurrentUICulture) ?? throw new InvalidOperationException($"FormMessages.resx has no {name}.");
}
