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

    /// <summary>Finding figures and making their smaller sizes (options: <see cref="FigureOptions"/>, registered with the uploads).</summary>
    public static IServiceCollection AddFigureSizes(this IServiceCollection services)
    {
        services.AddSingleton<FigureFiles>();
        services.AddSingleton<FigureSizeCache>();
        services.AddSingleton<FigureOriginals>();
        return services;
    }
}
