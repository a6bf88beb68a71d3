using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Localization;

namespace AwesomeClip.Web.Accounts;

/// <summary>
/// Refuses the most common passwords (<c>common-passwords.txt</c>, shipped in the assembly) and their usual decorations:
/// any case, digits and symbols around them, digits and symbols for letters (<c>P@ssw0rd2024!</c>, <c>Qwertyuiop12!</c>).
/// </summary>
public sealed class CommonPasswords(IStringLocalizer<AccountStrings> L) : IPasswordValidator<AppUser>
{
    public const string ErrorCode = "CommonPassword";

    public const string Message = "This password is one of the most common ones, or one with a few digits or symbols added; choose another.";

    private static readonly Lazy<HashSet<string>> List = new(Load);

    private static readonly Dictionary<char, char> LeetLetters = new()
    {
        ['0'] = 'o', ['1'] = 'i', ['3'] = 'e', ['4'] = 'a', ['5'] = 's', ['7'] = 't', ['@'] = 'a', ['$'] = 's', ['!'] = 'i',
    };

    public Task<IdentityResult> ValidateAsync(UserManager<AppUser> manager, AppUser user, string? password) =>
        Task.FromResult(password is not null && IsCommon(password)
            ? IdentityResult.Failed(new IdentityError { Code = ErrorCode, Description = L[Message] })
            : IdentityResult.Success);

    public static bool IsCommon(string password)
    {
        ArgumentNullException.ThrowIfNull(password);
        var lower = password.ToLowerInvariant();
        // As typed; without the symbols around it; without the digits and symbols around it. Each also with letters for digits.
        string[] forms = [lower, TrimEnds(lower, char.IsLetterOrDigit), TrimEnds(lower, char.IsLetter)];
        return forms.Any(f => f.Length > 0 && (List.Value.Contains(f) || List.Value.Contains(Unleet(f))));
    }

    public static int Count => List.Value.Count;

    private static string TrimEnds(string text, Func<char, bool> keep)
    {
        var (start, end) = (0, text.Length);
        while (start < end && !keep(text[start])) start++;
        while (end > start && !keep(text[end - 1])) end--;
        return text[start..end];
    }

    private static string Unleet(string text) => new([.. text.Select(c => LeetLetters.GetValueOrDefault(c, c))]);

    private static HashSet<string> Load()
    {
        using var stream = typeof(CommonPasswords).Assembly.GetManifestResourceStream("AwesomeClip.Web.Accounts.common-passwords.txt")
            ?? throw new InvalidOperationException("The list of common passwords is missing from the assembly.");
        using var reader = new StreamReader(stream);
        var set = new HashSet<string>(StringComparer.Ordinal);
        while (reader.ReadLine() is { } line)
            if (line.Length > 0 && !line.StartsWith('#')) set.Add(line);
        return set;
    }
}
