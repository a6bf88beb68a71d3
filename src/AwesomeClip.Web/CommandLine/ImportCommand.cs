using AwesomeClip.Core.Import;
using AwesomeClip.Core.Import.Parsing;
using AwesomeClip.Core.Storage;
using Microsoft.EntityFrameworkCore;

namespace AwesomeClip.Web.CommandLine;

internal sealed class ImportCommand : ICommand
{
    public string Name => "import";

    public string Usage => "import <file.md> [--dry-run] [--layout <awesomeclip.json>]";

    public string Summary => "Import a version of the list and print the report (exit 0), or refuse it with a reason (exit 1)."
        + "\n      The report shows the layout recognised in each section, each table's columns, and every item not imported."
        + "\n      --dry-run prints the change set against the catalog and changes nothing."
        + "\n      --layout reads the list with a layout file (default: awesomeclip.json beside the list, if there is one)."
        + "\n      Conflicts with maintainers' edits are refused here; resolve them on /admin/import.";

    public async Task<int> RunAsync(CommandArguments args, IServiceProvider services, TextWriter stdout, TextWriter stderr)
    {
        args.ExpectOnly("dry-run", "layout");
        if (args.Positional.Count != 1) throw new CommandUsageException("import takes exactly one file");

        var importer = services.GetRequiredService<CatalogImporter>();
        try
        {
            var dbFactory = services.GetRequiredService<IDbContextFactory<CatalogDbContext>>();
            await using (var db = await dbFactory.CreateDbContextAsync())
                await CatalogDatabase.MigrateAsync(db);

            var layout = args.Options.GetValueOrDefault("layout") is { } layoutPath ? await ListLayout.FromFileAsync(layoutPath) : null;
            if (args.Flag("dry-run"))
            {
                var preview = await importer.PreviewFileAsync(args.Positional[0], layout);
                foreach (var line in preview.ToLines()) stdout.WriteLine(line);
                stdout.WriteLine("Dry run: the catalog was not changed.");
                return 0;
            }
            var report = await importer.ImportFileAsync(args.Positional[0], layout);
            foreach (var line in report.ToLines()) stdout.WriteLine(line);
            return 0;
        }
        catch (ImportRefusedException e)
        {
            stderr.WriteLine($"Import refused: {e.Message}");
            foreach (var line in e.Report.Take(50)) stderr.WriteLine("  " + line);
            if (e.Report.Count > 50) stderr.WriteLine($"  … and {e.Report.Count - 50} more");
            stderr.WriteLine("The catalog was not changed.");
            return 1;
        }
        catch (Exception e) when (StorageFailure.Describe(e) is { } why)
        {
            // Full or read-only disk: the import's transaction was rolled back. Anything else is a bug and crashes loudly.
            stderr.WriteLine($"Import failed: {why}. The catalog was not changed.");
            return 1;
        }
    }
}
