namespace AwesomeClip.Web.Figures;

public static class FigureServiceCollectionExtensions
{
    /// <summary>Finding figures and making their smaller sizes (the options are registered with the admin's, <see cref="FigureOptions"/>).</summary>
    public static IServiceCollection AddFigureSizes(this IServiceCollection services)
    {
        services.AddSingleton<FigureFiles>();
        services.AddSingleton<FigureSizeCache>();
        services.AddSingleton<FigureOriginals>();
        return services;
    }
}
