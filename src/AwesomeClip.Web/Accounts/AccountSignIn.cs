using System.Net;
using Microsoft.AspNetCore.Identity;

namespace AwesomeClip.Web.Accounts;

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

    /// <summary>Whole minutes to wait, at least one.</summary>
    public static int Minutes(TimeSpan retryAfter) => Math.Max(1, (int)Math.Ceiling(retryAfter.TotalMinutes));

    public static string LockedOutMessage(TimeSpan retryAfter)
    {
        var minutes = Minutes(retryAfter);
        return $"Too many failed sign-in attempts. Try again in {minutes} minute{(minutes == 1 ? "" : "s")}.";
    }
}

/// <summary>
/// Password sign-in, throttled per account and client (<see cref="FailedSignIns"/>, ADR-015), answering unknown emails
/// exactly like wrong passwords (same message, a password hash computed, the same lockout after five failures) so the
/// form never tells whether an account exists.
/// </summary>
public sealed class AccountSignIn(
    SignInManager<AppUser> signInManager,
    FailedSignIns failures,
    TimeProvider time,
    ILogger<AccountSignIn> logger)
{
    private static readonly AppUser NoOne = new();
    private static readonly string NoOnesHash = new PasswordHasher<AppUser>().HashPassword(NoOne, Guid.NewGuid().ToString());

    public async Task<SignInOutcome> SignInAsync(string email, string password, IPAddress? clientAddress)
    {
        var users = signInManager.UserManager;
        var normalized = users.NormalizeEmail(email) ?? "";
        var client = ClientKey.Of(clientAddress);
        if (failures.LockedFor(normalized, client) is { } left)
        {
            users.PasswordHasher.VerifyHashedPassword(NoOne, NoOnesHash, password);
            logger.LogWarning("Failed sign-in for {Email} from {ClientIp}: this client is locked out of it", LogText(email), client);
            return new SignInOutcome(SignInStatus.LockedOut, left);
        }

        var user = await users.FindByEmailAsync(email);
        if (user is null)
        {
            users.PasswordHasher.VerifyHashedPassword(NoOne, NoOnesHash, password);
            logger.LogWarning("Failed sign-in for unknown email {Email} from {ClientIp}", LogText(email), client);
            return Failed(normalized, client);
        }

        // Identity's own lockout would lock the account for everyone: only an Admin's lock does that here.
        var result = await signInManager.PasswordSignInAsync(user, password, isPersistent: false, lockoutOnFailure: false);
        if (result.Succeeded)
        {
            failures.Succeeded(normalized, client);
            logger.LogInformation("{Email} signed in from {ClientIp}", LogText(email), client);
            return new SignInOutcome(SignInStatus.Succeeded);
        }
        if (result.IsLockedOut)
        {
            var end = await users.GetLockoutEndDateAsync(user) ?? time.GetUtcNow();
            logger.LogWarning("Failed sign-in for {Email} from {ClientIp}: account locked until {LockoutEnd:u}", LogText(email), client, end);
            return new SignInOutcome(SignInStatus.LockedOut, end - time.GetUtcNow());
        }
        var outcome = Failed(normalized, client);
        logger.LogWarning("Failed sign-in for {Email} from {ClientIp}: wrong password ({Failures} of {Max} from this client)",
            LogText(email), client, outcome.Status == SignInStatus.LockedOut ? SignInLimits.MaxFailedAttempts : failures.Failures(normalized, client), SignInLimits.MaxFailedAttempts);
        return outcome;
    }

    private SignInOutcome Failed(string normalized, string client) =>
        failures.Fail(normalized, client) is { } lockedFor ? new SignInOutcome(SignInStatus.LockedOut, lockedFor) : new SignInOutcome(SignInStatus.Invalid);

    /// <summary>Typed by anyone: keep it on one line and short in the log.</summary>
    private static string LogText(string value) => new([.. value.Take(200).Select(c => char.IsControl(c) ? '?' : c)]);
}
