namespace AwesomeClip.Core.LinkHealth;

/// <summary>What the checks of one URL add up to (<see cref="LinkStateRule"/>).</summary>
public enum LinkState
{
    /// <summary>Never checked, or not checkable from here (an address the checker may not reach).</summary>
    Unchecked,

    /// <summary>Answered 2xx, and no check failed in the last week.</summary>
    Ok,

    /// <summary>Answered 2xx at the end of 301/308 redirects only: the link can be replaced by the new URL.</summary>
    PermanentRedirect,

    /// <summary>Answered 2xx at the end of redirects of which one at least was temporary (302, 303, 307).</summary>
    TemporaryRedirect,

    /// <summary>Failed the last check for the first or second time in a week, or works again after failing this week.</summary>
    Flaky,

    /// <summary>Failed the last check and at least three checks within a week.</summary>
    Broken,
}

public static class LinkStates
{
    /// <summary>In the order a maintainer should look at them.</summary>
    public static IReadOnlyList<LinkState> ByUrgency { get; } =
        [LinkState.Broken, LinkState.Flaky, LinkState.PermanentRedirect, LinkState.TemporaryRedirect, LinkState.Unchecked, LinkState.Ok];

    /// <summary>The name in URLs and JSON: <c>ok</c>, <c>permanent-redirect</c>, <c>broken</c>, ….</summary>
    public static string ToWireName(this LinkState state) => state switch
    {
        LinkState.PermanentRedirect => "permanent-redirect",
        LinkState.TemporaryRedirect => "temporary-redirect",
        _ => state.ToString().ToLowerInvariant(),
    };

    /// <summary>Words for people: "permanent redirect".</summary>
    public static string ToText(this LinkState state) => state.ToWireName().Replace('-', ' ');

    public static bool TryParseWireName(string? value, out LinkState state)
    {
        foreach (var s in ByUrgency)
        {
            if (string.Equals(s.ToWireName(), value?.Trim(), StringComparison.OrdinalIgnoreCase))
            {
                state = s;
                return true;
            }
        }
        state = LinkState.Unchecked;
        return false;
    }
}
