namespace AwesomeClip.Web.ChangeLog;

public static class ChangeLogServiceCollectionExtensions
{
    /// <summary>The hosted <see cref="ChangeLogFollower"/> that keeps this instance's index in step with the database.</summary>
    public static IServiceCollection AddChangeLogFollower(this IServiceCollection services)
    {
        services.AddOptions<ChangeLogOptions>().BindConfiguration(ChangeLogOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<ChangeLogFollower>();
        services.AddHostedService(sp => sp.GetRequiredService<ChangeLogFollower>());
        return services;
    }
}
