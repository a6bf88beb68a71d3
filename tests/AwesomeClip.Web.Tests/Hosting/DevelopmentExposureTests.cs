using AwesomeClip.Web.Hosting;
using AwesomeClip.Web.Tests.TestSupport;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace AwesomeClip.Web.Tests.Hosting;

public sealed class DevelopmentExposureTests
{
    [Theory]
    [InlineData("http://localhost:5080", true)]
    [InlineData("http://127.0.0.1:5080", true)]
    [InlineData("http://127.0.0.2:80", true)]
    [InlineData("http://[::1]:5080", true)]
    [InlineData("https://localhost:5001/", true)]
    [InlineData("http://0.0.0.0:5080", false)]
    [InlineData("http://[::]:5080", false)]
    [InlineData("http://*:5080", false)]
    [InlineData("http://+:80", false)]
    [InlineData("http://192.168.1.20:5080", false)]
    [InlineData("http://clip.example.org:80", false)]
    public void ShouldTellWhetherOnlyThisMachineCanConnect(string address, bool loopback) =>
        Assert.Equal(loopback, DevelopmentExposure.IsLoopback(address));

    [Theory]
    [InlineData("Development", "http://0.0.0.0:5080", true)]
    [InlineData("Development", "http://localhost:5080", false)]
    [InlineData("Production", "http://0.0.0.0:5080", false)]
    public void ShouldWarnOnlyInDevelopmentOnAnAddressOthersCanReach(string environment, string address, bool warns)
    {
        var log = new LogCapture();
        using var factory = LoggerFactory.Create(b => b.AddProvider(log));

        DevelopmentExposure.WarnIfReachable(new Environment(environment), [address], factory.CreateLogger("test"));

        Assert.Equal(warns, log.Lines.Any(l => l.StartsWith("Warning", StringComparison.Ordinal) && l.Contains("shows exception details", StringComparison.Ordinal)));
    }

    private sealed class Environment(string name) : IHostEnvironment
    {
        public string EnvironmentName { get; set; } = name;

        public string ApplicationName { get; set; } = "AwesomeClip.Web";

        public string ContentRootPath { get; set; } = "/";

        public IFileProvider ContentRootFileProvider { get; set; } = new NullFileProvider();
    }
}
