using System.ComponentModel.DataAnnotations;
using System.Globalization;
using AwesomeClip.Web.Caching;

namespace AwesomeClip.Web.Tests.Caching;

public sealed class HttpCacheOptionsTests
{
    [Theory]
    [InlineData("-00:00:01", "00:05:00", "Caching:MaxAge must be between 00:00:00 and 1.00:00:00.")]
    [InlineData("2.00:00:00", "00:05:00", "Caching:MaxAge must be between 00:00:00 and 1.00:00:00.")]
    [InlineData("00:01:00", "8.00:00:00", "Caching:StaleWhileRevalidate must be between 00:00:00 and 7.00:00:00.")]
    public void ShouldRefuseLifetimesThatMakeNoSense(string maxAge, string staleWhileRevalidate, string message)
    {
        var options = new HttpCacheOptions { MaxAge = TimeSpan.Parse(maxAge, CultureInfo.InvariantCulture), StaleWhileRevalidate = TimeSpan.Parse(staleWhileRevalidate, CultureInfo.InvariantCulture) };
        var results = new List<ValidationResult>();

        Assert.False(Validator.TryValidateObject(options, new ValidationContext(options), results, validateAllProperties: true));
        Assert.Equal(message, Assert.Single(results).ErrorMessage);
    }

    [Fact]
    public void ShouldSayEveryLifetimeInCacheControl()
    {
        var options = new HttpCacheOptions { MaxAge = TimeSpan.FromSeconds(30), StaleWhileRevalidate = TimeSpan.FromMinutes(2) };

        Assert.Equal("public, max-age=30, stale-while-revalidate=120, stale-if-error=86400", PublicCaching.CacheControl(options));
    }
}
