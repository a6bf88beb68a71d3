namespace AwesomeClip.Core.Catalog;

public sealed class PaperFigure
{
    public int Id { get; set; }

    public int PaperId { get; set; }

    public int Position { get; set; }

    /// <summary>Path relative to the list, as written (e.g. <c>./images/CLIPA.png</c>).</summary>
    public required string Path { get; set; }

    /// <summary>File name under which the figure is served (<c>/figures/{FileName}</c>).</summary>
    public string FileName => System.IO.Path.GetFileName(Path);
}
