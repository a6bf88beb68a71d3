namespace AwesomeClip.Web.Figures;

public static class FigureServiceCollectionExtensions
{
    /// <summary>Figure uploads (the editor's), their per-maintainer cap and the sweeper of unreferenced uploads (ADR-019).</summary>
    public static IServiceCollection AddFigureUploads(this IServiceCollection services)
    {
        services.AddOptions<FigureOptions>().BindConfiguration(FigureOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<FigureUploads>();
        services.AddSingleton<FigureSweeper>();
        services.AddHostedService(sp => sp.GetRequiredService<FigureSweeper>());
        return services;
    }
}
