using System.Net;
using AwesomeClip.Core.LinkHealth;

namespace AwesomeClip.Core.Tests.LinkHealth;

/// <summary>Which addresses a link may make the server connect to (the checker's defence against requests into its own network).</summary>
public sealed class AddressGuardTests
{
    [Theory]
    [InlineData("127.0.0.1")]
    [InlineData("127.255.0.9")]
    [InlineData("10.1.2.3")]
    [InlineData("172.16.0.1")]
    [InlineData("172.31.255.255")]
    [InlineData("192.168.1.10")]
    [InlineData("169.254.169.254")]
    [InlineData("100.64.0.1")]
    [InlineData("0.0.0.0")]
    [InlineData("224.0.0.1")]
    [InlineData("255.255.255.255")]
    [InlineData("::1")]
    [InlineData("::")]
    [InlineData("fd00::1")]
    [InlineData("fe80::1")]
    [InlineData("::ffff:127.0.0.1")]
    [InlineData("::ffff:10.0.0.1")]
    public void ShouldCallAnAddressOfThisMachineOrItsNetworkInternal(string address)
    {
        Assert.True(AddressGuard.IsInternal(IPAddress.Parse(address)));
        Assert.False(AddressGuard.Allows(IPAddress.Parse(address), allowPrivate: false));
        Assert.True(AddressGuard.Allows(IPAddress.Parse(address), allowPrivate: true));
    }

    [Theory]
    [InlineData("8.8.8.8")]
    [InlineData("172.32.0.1")]
    [InlineData("172.15.255.255")]
    [InlineData("100.128.0.1")]
    [InlineData("193.0.0.1")]
    [InlineData("2001:4860:4860::8888")]
    [InlineData("::ffff:8.8.8.8")]
    public void ShouldAllowAPublicAddress(string address) =>
        Assert.True(AddressGuard.Allows(IPAddress.Parse(address), allowPrivate: false));
}
