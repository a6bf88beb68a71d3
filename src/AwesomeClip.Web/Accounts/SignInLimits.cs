namespace AwesomeClip.Web.Accounts;

/// <summary>Lockout of one client from one account after failed sign-ins: the same numbers for existing and unknown emails.</summary>
public static class SignInLimits
{
    public const int MaxFailedAttempts = 5;

    public static readonly TimeSpan LockoutDuration = TimeSpan.FromMinutes(5);
}
