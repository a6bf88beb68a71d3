namespace AwesomeClip.Web.Accounts;

/// <summary>What a password needs, in numbers and in the words the forms show.</summary>
public static class PasswordRules
{
    public const int MinLength = 12;

    /// <summary>"aaaaaaaaaaaA1!" has 4.</summary>
    public const int MinUniqueCharacters = 7;

    public const string Hint = "At least 12 characters, 7 of them different, with upper and lower case, a digit and a symbol; not a common password.";
}
