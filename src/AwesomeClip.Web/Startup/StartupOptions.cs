using System.ComponentModel.DataAnnotations;

namespace AwesomeClip.Web.Startup;

public sealed record StartupOptions
{
    public const string Section = "Startup";

    /// <summary>How long a request that arrives during start-up waits for the app to be ready before a 503.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "00:10:00", ErrorMessage = "Startup:RequestWait must be between 00:00:00 and 00:10:00.")]
    public TimeSpan RequestWait { get; init; } = TimeSpan.FromSeconds(30);
}
