namespace AwesomeClip.Core.LinkHealth;

/// <summary>How far a run is: <paramref name="Done"/> of the <paramref name="Due"/> URLs it checks are checked.</summary>
public sealed record LinkCheckProgress(int Done, int Due);

/// <summary>What a run of the checker did.</summary>
/// <param name="Links">The catalog's web addresses.</param>
/// <param name="Checked">Those this run checked: the stale and unchecked ones, or all with <c>all</c>.</param>
/// <param name="Busy">Another run held the guard (<see cref="LinkCheckGuard"/>): nothing was checked.</param>
public sealed record LinkCheckRun(DateTime StartedAt, DateTime FinishedAt, int Links, int Checked, bool Busy)
{
    public TimeSpan Took => FinishedAt - StartedAt;
}
