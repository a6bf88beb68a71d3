namespace AwesomeClip.Web;

public static class FigureUrls
{
    public static string For(string fileName) => AwesomeClip.Core.Export.PaperJson.FigureUrlOf(fileName);
}
