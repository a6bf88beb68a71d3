using System.Collections.Concurrent;

namespace AwesomeClip.Web.Accounts;

/// <summary>
/// Failed sign-ins counted per account and client (ADR-015): five failures from one client lock that client out of that
/// account for five minutes, and nobody else. A stranger who knows the owner's email locks out only themselves; the owner,
/// from their own address, signs in. Emails without an account count exactly the same way, so the answers never tell
/// whether an account exists. In memory, per instance.
/// </summary>
public sealed class FailedSignIns(TimeProvider time)
{
    private const int MaxTracked = 10_000;
    private static readonly TimeSpan Forget = TimeSpan.FromHours(1);

    private readonly ConcurrentDictionary<(string Email, string Client), Entry> entries = new();

    /// <summary>When this client is locked out of this account, the time left; otherwise null.</summary>
    public TimeSpan? LockedFor(string normalizedEmail, string client)
    {
        var now = time.GetUtcNow();
        return entries.TryGetValue((normalizedEmail, client), out var e) && e.LockedUntil > now ? e.LockedUntil - now : null;
    }

    /// <summary>Records a failure; returns the lockout duration when this failure locks the client out.</summary>
    public TimeSpan? Fail(string normalizedEmail, string client)
    {
        var now = time.GetUtcNow();
        if (entries.Count >= MaxTracked) Prune(now);
        var key = (normalizedEmail, client);
        var entry = entries.AddOrUpdate(key,
            _ => new Entry(1, DateTimeOffset.MinValue, now),
            (_, e) => e.LastFailure + Forget < now ? new Entry(1, DateTimeOffset.MinValue, now) : e with { Failures = e.Failures + 1, LastFailure = now });
        if (entry.Failures < SignInLimits.MaxFailedAttempts) return null;

        // Like UserManager.AccessFailedAsync: lock and start counting again.
        entries[key] = new Entry(0, now + SignInLimits.LockoutDuration, now);
        return SignInLimits.LockoutDuration;
    }

    /// <summary>How many failures this client has against this account now (for the log).</summary>
    public int Failures(string normalizedEmail, string client) => entries.TryGetValue((normalizedEmail, client), out var e) ? e.Failures : 0;

    public void Succeeded(string normalizedEmail, string client) => entries.TryRemove((normalizedEmail, client), out _);

    /// <summary>Lifts every client's lock on the account (an Admin unlocked it).</summary>
    public void Clear(string normalizedEmail)
    {
        foreach (var key in entries.Keys.Where(k => k.Email == normalizedEmail)) entries.TryRemove(key, out _);
    }

    private void Prune(DateTimeOffset now)
    {
        foreach (var (key, e) in entries)
            if (e.LastFailure + Forget < now && e.LockedUntil < now) entries.TryRemove(key, out _);
        if (entries.Count >= MaxTracked) entries.Clear();
    }

    private sealed record Entry(int Failures, DateTimeOffset LockedUntil, DateTimeOffset LastFailure);
}
