using System.Net;
using System.Net.Sockets;

namespace AwesomeClip.Web.Accounts;

/// <summary>Who "one client" is for per-client limits: an IPv4 address, or an IPv6 /64 (one household or server gets a whole /64).</summary>
public static class ClientKey
{
    public static string Of(IPAddress? address)
    {
        if (address is null) return "unknown";
        if (address.IsIPv4MappedToIPv6) address = address.MapToIPv4();
        if (address.AddressFamily != AddressFamily.InterNetworkV6) return address.ToString();
        var bytes = address.GetAddressBytes();
        Array.Clear(bytes, 8, 8);
        return new IPAddress(bytes) + "/64";
    }
}
