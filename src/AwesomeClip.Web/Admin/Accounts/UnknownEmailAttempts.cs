using System.Collections.Concurrent;

namespace AwesomeClip.Web.Admin.Accounts;

/// <summary>
/// Counts failed sign-ins for emails that have no account and "locks" them exactly like Identity locks a real one,
/// so that the sign-in form answers the same way whether an account exists or not.
/// </summary>
public sealed class UnknownEmailAttempts(TimeProvider time)
{
    private const int MaxTracked = 10_000;
    private static readonly TimeSpan Forget = TimeSpan.FromHours(1);

    private readonly ConcurrentDictionary<string, Entry> entries = new(StringComparer.Ordinal);

    /// <summary>When the email is currently locked, the time left; otherwise null.</summary>
    public TimeSpan? LockedFor(string normalizedEmail)
    {
        var now = time.GetUtcNow();
        return entries.TryGetValue(normalizedEmail, out var e) && e.LockedUntil > now ? e.LockedUntil - now : null;
    }

    /// <summary>Records a failure; returns the lockout duration when this failure locks the email.</summary>
    public TimeSpan? Fail(string normalizedEmail)
    {
        var now = time.GetUtcNow();
        if (entries.Count >= MaxTracked) Prune(now);
        var entry = entries.AddOrUpdate(normalizedEmail,
            _ => new Entry(1, DateTimeOffset.MinValue, now),
            (_, e) => e.LastFailure + Forget < now ? new Entry(1, DateTimeOffset.MinValue, now) : e with { Failures = e.Failures + 1, LastFailure = now });
        if (entry.Failures < SignInLimits.MaxFailedAttempts) return null;

        // Like UserManager.AccessFailedAsync: lock and start counting again.
        entries[normalizedEmail] = new Entry(0, now + SignInLimits.LockoutDuration, now);
        return SignInLimits.LockoutDuration;
    }

    private void Prune(DateTimeOffset now)
    {
        foreach (var (key, e) in entries)
            if (e.LastFailure + Forget < now && e.LockedUntil < now) entries.TryRemove(key, out _);
        if (entries.Count >= MaxTracked) entries.Clear();
    }

    private sealed record Entry(int Failures, DateTimeOffset LockedUntil, DateTimeOffset LastFailure);
}
