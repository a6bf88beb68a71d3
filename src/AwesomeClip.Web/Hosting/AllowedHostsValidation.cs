using Microsoft.Extensions.Options;

namespace AwesomeClip.Web.Hosting;

/// <summary>Without a public base URL, absolute links come from the Host header: then AllowedHosts must name the hosts.</summary>
internal sealed class AllowedHostsValidation(IConfiguration configuration) : IValidateOptions<PublicUrlOptions>
{
    public ValidateOptionsResult Validate(string? name, PublicUrlOptions options) =>
        options.PublicBaseUrl is null && AllowsAnyHost(configuration["AllowedHosts"])
            ? ValidateOptionsResult.Fail(
                "AllowedHosts is '*' and Site:PublicBaseUrl is not set, so feed links would come from whatever Host a client sends. "
                + "Set Site:PublicBaseUrl (environment variable Site__PublicBaseUrl=https://clip.example.org/) or list the site's host names in AllowedHosts (AllowedHosts=\"clip.example.org;localhost\").")
            : ValidateOptionsResult.Success;

    private static bool AllowsAnyHost(string? allowedHosts) =>
        string.IsNullOrWhiteSpace(allowedHosts) || allowedHosts.Split(';', StringSplitOptions.TrimEntries).Any(h => h is "*" or "");
}
