using AwesomeClip.Core.LinkHealth;
using AwesomeClip.Web.LinkHealth;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace AwesomeClip.Web.Tests.LinkHealth;

/// <summary>The LinkHealth settings as the app binds and validates them.</summary>
public sealed class LinkHealthOptionsTests
{
    [Fact]
    public void ShouldCheckOnlyWhenAskedAndNoInternalAddressByDefault()
    {
        using var services = Services([]);

        var schedule = services.GetRequiredService<IOptions<LinkHealthScheduleOptions>>().Value;
        var options = services.GetRequiredService<IOptions<LinkHealthOptions>>().Value;

        Assert.False(schedule.Enabled);
        Assert.Equal(TimeSpan.FromHours(6), schedule.Interval);
        Assert.False(options.AllowPrivateAddresses);
        Assert.Equal((TimeSpan.FromDays(1), 2, 2), (options.MaxAge, options.MaxRetries, options.PerHostConcurrency));
    }

    [Theory]
    [InlineData("LinkHealth:Schedule:Interval", "00:01:00", "LinkHealth:Schedule:Interval must be between 00:05:00 and 30.00:00:00.")]
    [InlineData("LinkHealth:MaxAge", "00:00:30", "LinkHealth:MaxAge must be between 00:01:00 and 365.00:00:00.")]
    [InlineData("LinkHealth:PerHostConcurrency", "0", "LinkHealth:PerHostConcurrency must be between 1 and 16.")]
    [InlineData("LinkHealth:MaxParallel", "500", "LinkHealth:MaxParallel must be between 1 and 64.")]
    [InlineData("LinkHealth:MaxRedirects", "0", "LinkHealth:MaxRedirects must be between 1 and 30.")]
    [InlineData("LinkHealth:RequestTimeout", "00:00:00", "LinkHealth:RequestTimeout must be between 00:00:00.010 and 00:05:00.")]
    [InlineData("LinkHealth:TotalRequestTimeout", "00:00:01", "LinkHealth:TotalRequestTimeout (00:00:01) must be at least LinkHealth:RequestTimeout (00:00:10).")]
    public void ShouldRefuseASettingOutsideItsRangeWithAMessageThatNamesIt(string key, string value, string message)
    {
        using var services = Services(new() { [key] = value });

        var error = Assert.Throws<OptionsValidationException>(() =>
        {
            _ = services.GetRequiredService<IOptions<LinkHealthScheduleOptions>>().Value;
            _ = services.GetRequiredService<IOptions<LinkHealthOptions>>().Value;
        });

        Assert.Contains(error.Failures, f => f.Contains(message, StringComparison.Ordinal));
    }

    private static ServiceProvider Services(Dictionary<string, string?> settings)
    {
        var collection = new ServiceCollection();
        collection.AddSingleton<IConfiguration>(new ConfigurationBuilder().AddInMemoryCollection(settings).Build());
        collection.AddLogging();
        collection.AddLinkHealthAdmin();
        return collection.BuildServiceProvider();
    }
}
