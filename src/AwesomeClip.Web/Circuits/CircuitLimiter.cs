using AwesomeClip.Web.Accounts;
using Microsoft.AspNetCore.Components.Server.Circuits;
using Microsoft.Extensions.Options;

namespace AwesomeClip.Web.Circuits;

/// <summary>
/// Caps the interactive circuits a visitor who is not signed in may hold per client address, and drops the connection
/// of one whose page has sent nothing for <see cref="CircuitLimitOptions.IdleTimeout"/> (it reconnects only to be
/// dropped again, and is disposed after <see cref="CircuitLimitOptions.DisconnectedRetention"/>). Signed-in users are
/// not limited. A circuit's client is the address of its connection (ADR-016 for proxies).
/// </summary>
internal sealed class CircuitLimiter(
    OpenCircuits circuits,
    IHttpContextAccessor http,
    IOptions<CircuitLimitOptions> options,
    ILogger<CircuitLimiter> logger) : CircuitHandler
{
    public override Task OnConnectionUpAsync(Circuit circuit, CancellationToken cancellationToken)
    {
        if (http.HttpContext is not { } connection) return Task.CompletedTask;
        var client = ClientKey.Of(connection.Connection.RemoteIpAddress);
        var anonymous = connection.User.Identity?.IsAuthenticated != true;
        var limits = options.Value;
        if (!circuits.ConnectionUp(circuit.Id, client, anonymous, connection, limits.AnonymousPerClient))
        {
            logger.LogWarning("Refused an interactive connection from {Client}: it holds {Count} already, the most an anonymous client may",
                client, limits.AnonymousPerClient);
            circuits.Drop(circuit.Id, connection, "limit");
        }
        else if (circuits.IsIdle(circuit.Id, limits.IdleTimeout))
        {
            circuits.Drop(circuit.Id, connection, "idle");
        }
        return Task.CompletedTask;
    }

    public override Task OnConnectionDownAsync(Circuit circuit, CancellationToken cancellationToken)
    {
        circuits.ConnectionDown(circuit.Id);
        return Task.CompletedTask;
    }

    public override Task OnCircuitClosedAsync(Circuit circuit, CancellationToken cancellationToken)
    {
        circuits.Closed(circuit.Id);
        return Task.CompletedTask;
    }

    public override Func<CircuitInboundActivityContext, Task> CreateInboundActivityHandler(Func<CircuitInboundActivityContext, Task> next) => context =>
    {
        circuits.Input(context.Circuit.Id);
        return next(context);
    };
}

/// <summary>Looks for idle anonymous circuits a few times per idle timeout.</summary>
internal sealed class IdleCircuitSweeper(OpenCircuits circuits, IOptions<CircuitLimitOptions> options, TimeProvider time, ILogger<IdleCircuitSweeper> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var timeout = options.Value.IdleTimeout;
        using var timer = new PeriodicTimer(TimeSpan.FromTicks(Math.Clamp(timeout.Ticks / 4, TimeSpan.TicksPerMillisecond * 250, TimeSpan.TicksPerSecond * 30)), time);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            var dropped = circuits.DropIdle(timeout);
            if (dropped > 0) logger.LogInformation("Disconnected {Count} anonymous interactive pages idle for {Timeout}", dropped, timeout);
        }
    }
}
