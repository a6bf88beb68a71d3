using System.Collections.Concurrent;

namespace AwesomeClip.Web.Circuits;

/// <summary>The interactive circuits of this instance: whose they are, their connection, when their page last sent input.</summary>
public sealed class OpenCircuits(TimeProvider time)
{
    private readonly ConcurrentDictionary<string, Entry> circuits = new(StringComparer.Ordinal);
    private readonly Lock gate = new();

    /// <summary>Raised when a circuit's connection is refused (over the per-client limit) or dropped (idle): tests wait for it.</summary>
    public event Action<string, string>? Disconnected;

    /// <summary>Connections of anonymous circuits of <paramref name="client"/> that are up now.</summary>
    public int AnonymousUp(string client) => circuits.Values.Count(e => e.Anonymous && e.Client == client && e.Connection is not null);

    /// <summary>A circuit's connection came up; false when it must be dropped (the client holds too many already).</summary>
    public bool ConnectionUp(string circuitId, string client, bool anonymous, HttpContext connection, int limit)
    {
        lock (gate)
        {
            if (anonymous && circuits.Values.Count(e => e.Anonymous && e.Client == client && e.Connection is not null && e.Id != circuitId) >= limit) return false;
            circuits.AddOrUpdate(circuitId,
                _ => new Entry(circuitId, client, anonymous, time.GetUtcNow()) { Connection = connection },
                (_, e) => e with { Connection = connection });
            return true;
        }
    }

    public void ConnectionDown(string circuitId)
    {
        if (circuits.TryGetValue(circuitId, out var e)) circuits[circuitId] = e with { Connection = null };
    }

    public void Closed(string circuitId) => circuits.TryRemove(circuitId, out _);

    public void Input(string circuitId)
    {
        if (circuits.TryGetValue(circuitId, out var e)) circuits[circuitId] = e with { LastInput = time.GetUtcNow() };
    }

    public bool IsIdle(string circuitId, TimeSpan timeout) =>
        circuits.TryGetValue(circuitId, out var e) && e.Anonymous && time.GetUtcNow() - e.LastInput >= timeout;

    /// <summary>Drops the connections of anonymous circuits whose page sent nothing for <paramref name="timeout"/>.</summary>
    public int DropIdle(TimeSpan timeout)
    {
        var dropped = 0;
        foreach (var e in circuits.Values.Where(e => e.Connection is not null && IsIdle(e.Id, timeout)).ToList())
        {
            Drop(e.Id, e.Connection!, "idle");
            dropped++;
        }
        return dropped;
    }

    public void Drop(string circuitId, HttpContext connection, string why)
    {
        connection.Abort();
        ConnectionDown(circuitId);
        Disconnected?.Invoke(circuitId, why);
    }

    private sealed record Entry(string Id, string Client, bool Anonymous, DateTimeOffset LastInput)
    {
        public HttpContext? Connection { get; init; }
    }
}
