using AwesomeClip.Core.Import;
using AwesomeClip.Core.Storage;
using Microsoft.EntityFrameworkCore;

namespace AwesomeClip.Web.CommandLine;

internal sealed class ImportCommand : ICommand
{
    public string Name => "import";

    public string Usage => "import <file.md>";

    public string Summary => "Import a version of the list into the catalog and print the report (exit code 0 on success, 1 when refused).";

    public async Task<int> RunAsync(CommandArguments args, IServiceProvider services, TextWriter stdout, TextWriter stderr)
    {
        args.ExpectOnly();
        if (args.Positional.Count != 1) throw new CommandUsageException("import takes exactly one file");

        var dbFactory = services.GetRequiredService<IDbContextFactory<CatalogDbContext>>();
        await using (var db = await dbFactory.CreateDbContextAsync())
            await CatalogDatabase.MigrateAsync(db);

        try
        {
            var report = await services.GetRequiredService<CatalogImporter>().ImportFileAsync(args.Positional[0]);
            foreach (var line in report.ToLines()) stdout.WriteLine(line);
            return 0;
        }
        catch (ImportRefusedException e)
        {
            stderr.WriteLine($"Import refused: {e.Message}");
            stderr.WriteLine("The catalog was not changed.");
            return 1;
        }
    }
}
