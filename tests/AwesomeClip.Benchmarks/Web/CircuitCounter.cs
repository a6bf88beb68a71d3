using Microsoft.AspNetCore.Components.Server.Circuits;

namespace AwesomeClip.Benchmarks.Web;

/// <summary>Counts the open circuits of the in-process app, so the memory report knows how many it measured.</summary>
internal sealed class CircuitCounter : CircuitHandler
{
    private int open;

    public int Open => Volatile.Read(ref open);

    public override Task OnCircuitOpenedAsync(Circuit circuit, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref open);
        return Task.CompletedTask;
    }

    public override Task OnCircuitClosedAsync(Circuit circuit, CancellationToken cancellationToken)
    {
        Interlocked.Decrement(ref open);
        return Task.CompletedTask;
    }
}
