using Microsoft.AspNetCore.Components.Server;
using Microsoft.AspNetCore.Components.Server.Circuits;
using Microsoft.Extensions.Options;

namespace AwesomeClip.Web.Circuits;

public static class CircuitServiceCollectionExtensions
{
    public static IServiceCollection AddCircuitLimits(this IServiceCollection services)
    {
        services.AddOptions<CircuitLimitOptions>().BindConfiguration(CircuitLimitOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddHttpContextAccessor();
        services.AddSingleton<OpenCircuits>();
        services.AddScoped<CircuitHandler, CircuitLimiter>();
        services.AddHostedService<IdleCircuitSweeper>();
        services.AddOptions<CircuitOptions>().Configure<IOptions<CircuitLimitOptions>>((o, limits) => o.DisconnectedCircuitRetentionPeriod = limits.Value.DisconnectedRetention);
        return services;
    }
}
