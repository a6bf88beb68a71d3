namespace AwesomeClip.Web;

public static class FigureUrls
{
    public static string For(string fileName) => "/figures/" + Uri.EscapeDataString(fileName);
}
