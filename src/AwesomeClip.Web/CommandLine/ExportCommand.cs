using AwesomeClip.Core.Export;
using AwesomeClip.Core.Storage;
using Microsoft.EntityFrameworkCore;

namespace AwesomeClip.Web.CommandLine;

internal sealed class ExportCommand : ICommand
{
    public string Name => "export";

    public string Usage => "export <file.md>";

    public string Summary => "Write the catalog as the list's markdown (untouched rows byte for byte, edited rows re-rendered).";

    public async Task<int> RunAsync(CommandArguments args, IServiceProvider services, TextWriter stdout, TextWriter stderr)
    {
        args.ExpectOnly();
        if (args.Positional.Count != 1) throw new CommandUsageException("export takes exactly one file");

        var dbFactory = services.GetRequiredService<IDbContextFactory<CatalogDbContext>>();
        await using (var db = await dbFactory.CreateDbContextAsync())
            await CatalogDatabase.MigrateAsync(db);

        var path = Path.GetFullPath(args.Positional[0]);
        if (Directory.Exists(path)) throw new CommandUsageException($"{path} is a folder; name the file to write");
        try
        {
            var export = await services.GetRequiredService<ListExporter>().ExportFileAsync(path);
            stdout.WriteLine($"Wrote {path} ({export.ToBytes().Length:N0} bytes).");
            foreach (var warning in export.Warnings) stdout.WriteLine($"  warning: {warning}");
            return 0;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            stderr.WriteLine($"Export failed: cannot write {path}: {e.Message}");
            return 1;
        }
    }
}
