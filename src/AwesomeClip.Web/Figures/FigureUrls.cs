namespace AwesomeClip.Web;

public static class FigureUrls
{
    public static string For(string fileName) => AwesomeClip.Core.Export.PaperJson.FigureUrlOf(fileName);

    /// <summary>A figure by its path as the list writes it.</summary>
    public static string ForPath(string path) => AwesomeClip.Core.Catalog.ListFiles.FigureUrl(path);
}
