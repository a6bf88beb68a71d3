using System.Net;
using System.Net.Sockets;

namespace AwesomeClip.Core.LinkHealth;

/// <summary>
/// Which addresses the checker may connect to: public unicast ones, unless <see cref="LinkHealthOptions.AllowPrivateAddresses"/>.
/// Checked on the resolved address at connect time (<see cref="GuardedConnection"/>), so a public name that resolves to an
/// internal address, or a redirect to one, is refused too.
/// </summary>
public static class AddressGuard
{
    private static readonly (IPAddress Network, int Prefix)[] Internal =
    [
        (IPAddress.Parse("0.0.0.0"), 8),        // "this network"
        (IPAddress.Parse("10.0.0.0"), 8),       // private
        (IPAddress.Parse("100.64.0.0"), 10),    // carrier-grade NAT
        (IPAddress.Parse("127.0.0.0"), 8),      // loopback
        (IPAddress.Parse("169.254.0.0"), 16),   // link-local, cloud metadata services
        (IPAddress.Parse("172.16.0.0"), 12),    // private
        (IPAddress.Parse("192.0.0.0"), 24),     // protocol assignments
        (IPAddress.Parse("192.168.0.0"), 16),   // private
        (IPAddress.Parse("198.18.0.0"), 15),    // benchmarking
        (IPAddress.Parse("224.0.0.0"), 3),      // multicast, reserved, broadcast
        (IPAddress.Parse("::"), 128),           // unspecified
        (IPAddress.Parse("::1"), 128),          // loopback
        (IPAddress.Parse("fc00::"), 7),         // unique local
        (IPAddress.Parse("fe80::"), 10),        // link-local
        (IPAddress.Parse("fec0::"), 10),        // site-local (deprecated)
        (IPAddress.Parse("ff00::"), 8),         // multicast
    ];

    /// <summary>True for loopback, private, link-local, multicast and reserved addresses (IPv4-mapped IPv6 as IPv4).</summary>
    public static bool IsInternal(IPAddress address)
    {
        ArgumentNullException.ThrowIfNull(address);
        if (address.IsIPv4MappedToIPv6) address = address.MapToIPv4();
        return Internal.Any(n => n.Network.AddressFamily == address.AddressFamily && InNetwork(address, n.Network, n.Prefix));
    }

    public static bool Allows(IPAddress address, bool allowPrivate) => allowPrivate || !IsInternal(address);

    private static bool InNetwork(IPAddress address, IPAddress network, int prefix)
    {
        var a = address.GetAddressBytes();
        var n = network.GetAddressBytes();
        var full = prefix / 8;
        for (var i = 0; i < full; i++)
            if (a[i] != n[i]) return false;
        var rest = prefix % 8;
        if (rest == 0) return true;
        var mask = (byte)(0xFF << (8 - rest));
        return (a[full] & mask) == (n[full] & mask);
    }
}

/// <summary>The connection the checker was not allowed to open, and why (never retried).</summary>
public sealed class AddressRefusedException(string message) : Exception(message);

/// <summary>Opens the checker's TCP connections: resolves the host itself and connects only to allowed addresses.</summary>
public static class GuardedConnection
{
    public static Func<SocketsHttpConnectionContext, CancellationToken, ValueTask<Stream>> Callback(bool allowPrivate) => async (context, ct) =>
    {
        var host = context.DnsEndPoint.Host;
        var addresses = IPAddress.TryParse(host, out var literal) ? [literal] : await Dns.GetHostAddressesAsync(host, ct).ConfigureAwait(false);
        var allowed = addresses.Where(a => AddressGuard.Allows(a, allowPrivate)).ToArray();
        if (allowed.Length == 0)
        {
            throw new AddressRefusedException(addresses.Length == 0
                ? $"{host} resolves to no address"
                : $"{(literal is null ? $"{host} resolves to an internal address ({addresses[0]})" : $"{host} is an internal address")}; links into private networks are not checked (LinkHealth:AllowPrivateAddresses)");
        }
#pragma warning disable IDISP001 // The returned stream owns the socket; on failure it is disposed below.
        var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
#pragma warning restore IDISP001
        try
        {
            await socket.ConnectAsync(allowed, context.DnsEndPoint.Port, ct).ConfigureAwait(false);
            return new NetworkStream(socket, ownsSocket: true);
        }
        catch
        {
            socket.Dispose();
            throw;
        }
    };
}
