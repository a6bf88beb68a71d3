namespace AwesomeClip.Web.Tests.TestSupport;

/// <summary>
/// Small hand-written awesome lists in Fixtures/lists, each in its own folder with the files it refers to:
/// <list type="bullet">
/// <item><see cref="Bullets"/>: "Awesome Tiny Vision", bullets (<c>- [Title](url), Authors, Venue Year | [github](…)</c>) under
/// <c>## Vision</c> / <c>### Detection</c>, <c>### Generation</c> and <c>## Language</c> / <c>### Generation</c>; a citation file, a
/// figure in <c>images/</c>, an .html link, and an entry under Contributing that is reported, not imported.</item>
/// <item><see cref="Table"/>: "Retrieval Papers Table", a <c>Year | Venue | Code | Title | Task</c> table (Task is an extra
/// column; one row has no title) and a <c>Date | Title | Authors | Venue | Figure</c> table.</item>
/// </list>
/// </summary>
public static class TestLists
{
    public static string Bullets { get; } = Fixture("bullets");

    public static string Table { get; } = Fixture("table");

    /// <summary>"中文论文精选": every word of its data is Chinese (two categories, three papers), for the localisation tests.</summary>
    public static string Chinese { get; } = Fixture("chinese");

    public static string FolderOf(string list) => Path.GetDirectoryName(list)!;

    /// <summary>A copy of the list's folder in a new temporary folder (for a layout file beside it); returns the copy's list.</summary>
    public static string CopyToTemp(string list, string root)
    {
        var source = FolderOf(list);
        var target = Path.Combine(root, Path.GetFileName(source));
        foreach (var file in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
        {
            var to = Path.Combine(target, Path.GetRelativePath(source, file));
            Directory.CreateDirectory(Path.GetDirectoryName(to)!);
            File.Copy(file, to);
        }
        return Path.Combine(target, Path.GetFileName(list));
    }

    private static string Fixture(string name) => Path.Combine(AppContext.BaseDirectory, "Fixtures", "lists", name, "README.md");
}
