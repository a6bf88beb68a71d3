using AwesomeClip.Core.Export;
using AwesomeClip.Core.Tests.TestSupport;

namespace AwesomeClip.Core.Tests.Export;

public sealed class ListExporterHistoryTests
{
    public static TheoryData<string> Versions => History.VersionsWithPapers();

    [HistoryTheory]
    [MemberData(nameof(Versions))]
    public async Task ShouldReproduceEveryHistoryVersionByteForByte(string version)
    {
        var path = History.Version(version);
        await using var database = await TestDatabase.CreateAsync();
        await Importers.For(database).ImportFileAsync(path);

        var export = await new ListExporter(database).ExportAsync();

        var expected = await File.ReadAllBytesAsync(path);
        Assert.Empty(export.Warnings);
        Assert.Equal(ListExport.Encoding.GetString(expected), export.Markdown);
        Assert.Equal(expected, export.ToBytes());
    }
}
