using Microsoft.AspNetCore.Identity;

namespace AwesomeClip.Web.Admin.Accounts;

public enum SignInStatus
{
    Succeeded,
    Invalid,
    LockedOut,
}

public sealed record SignInOutcome(SignInStatus Status, TimeSpan RetryAfter = default)
{
    public const string InvalidMessage = "Invalid email or password.";

    public string Message => Status switch
    {
        SignInStatus.Invalid => InvalidMessage,
        SignInStatus.LockedOut => LockedOutMessage(RetryAfter),
        _ => "",
    };

    public static string LockedOutMessage(TimeSpan retryAfter)
    {
        var minutes = Math.Max(1, (int)Math.Ceiling(retryAfter.TotalMinutes));
        return $"Too many failed sign-in attempts. Try again in {minutes} minute{(minutes == 1 ? "" : "s")}.";
    }
}

/// <summary>
/// Password sign-in with lockout, answering unknown emails exactly like wrong passwords (same message, a password hash
/// computed, the same lockout after five failures) so the form never tells whether an account exists.
/// </summary>
public sealed class AccountSignIn(
    SignInManager<AppUser> signInManager,
    UnknownEmailAttempts unknownEmails,
    TimeProvider time,
    ILogger<AccountSignIn> logger)
{
    private static readonly AppUser NoOne = new();
    private static readonly string NoOnesHash = new PasswordHasher<AppUser>().HashPassword(NoOne, Guid.NewGuid().ToString());

    public async Task<SignInOutcome> SignInAsync(string email, string password, string? clientIp)
    {
        var users = signInManager.UserManager;
        var user = await users.FindByEmailAsync(email);
        if (user is null) return UnknownEmail(users.NormalizeEmail(email) ?? "", password, email, clientIp);

        var result = await signInManager.PasswordSignInAsync(user, password, isPersistent: false, lockoutOnFailure: true);
        if (result.Succeeded)
        {
            logger.LogInformation("{Email} signed in from {ClientIp}", LogText(email), clientIp);
            return new SignInOutcome(SignInStatus.Succeeded);
        }
        if (result.IsLockedOut)
        {
            var end = await users.GetLockoutEndDateAsync(user) ?? time.GetUtcNow();
            logger.LogWarning("Failed sign-in for {Email} from {ClientIp}: account locked until {LockoutEnd:u}", LogText(email), clientIp, end);
            return new SignInOutcome(SignInStatus.LockedOut, end - time.GetUtcNow());
        }
        logger.LogWarning("Failed sign-in for {Email} from {ClientIp}: wrong password ({Failures} of {Max})",
            LogText(email), clientIp, await users.GetAccessFailedCountAsync(user), SignInLimits.MaxFailedAttempts);
        return new SignInOutcome(SignInStatus.Invalid);
    }

    private SignInOutcome UnknownEmail(string normalized, string password, string email, string? clientIp)
    {
        if (unknownEmails.LockedFor(normalized) is { } left)
        {
            logger.LogWarning("Failed sign-in for unknown email {Email} from {ClientIp}: locked", LogText(email), clientIp);
            return new SignInOutcome(SignInStatus.LockedOut, left);
        }
        signInManager.UserManager.PasswordHasher.VerifyHashedPassword(NoOne, NoOnesHash, password);
        logger.LogWarning("Failed sign-in for unknown email {Email} from {ClientIp}", LogText(email), clientIp);
        return unknownEmails.Fail(normalized) is { } lockedFor
            ? new SignInOutcome(SignInStatus.LockedOut, lockedFor)
            : new SignInOutcome(SignInStatus.Invalid);
    }

    /// <summary>Typed by anyone: keep it on one line and short in the log.</summary>
    private static string LogText(string value)
    {
        var clean = new string([.. value.Take(200).Select(c => char.IsControl(c) ? '?' : c)]);
        return clean;
    }
}
