using AwesomeClip.Core.Export;
using AwesomeClip.Core.Export.Patch;
using AwesomeClip.Core.Storage;
using Microsoft.EntityFrameworkCore;

namespace AwesomeClip.Web.CommandLine;

internal sealed class ExportCommand : ICommand
{
    public string Name => "export";

    public string Usage => "export <file.md>\nexport --patch <file.patch> [--summary <file.txt>] [--path <path of the list in its repository>]";

    public string Summary => "Write the catalog as the list's markdown (untouched rows byte for byte, edited rows re-rendered), "
        + "or as a patch against the list as last imported (for git apply) with a pull request description.";

    public async Task<int> RunAsync(CommandArguments args, IServiceProvider services, TextWriter stdout, TextWriter stderr)
    {
        args.ExpectOnly("patch", "summary", "path");
        var patchFile = args.Options.GetValueOrDefault("patch");
        if (patchFile is null && (args.Flag("summary") || args.Flag("path"))) throw new CommandUsageException("--summary and --path go with --patch");
        if (patchFile is null ? args.Positional.Count != 1 : args.Positional.Count > 1)
            throw new CommandUsageException(patchFile is null ? "export takes exactly one file" : "export takes at most one markdown file besides --patch");

        var dbFactory = services.GetRequiredService<IDbContextFactory<CatalogDbContext>>();
        await using (var db = await dbFactory.CreateDbContextAsync())
            await CatalogDatabase.MigrateAsync(db);

        var files = args.Positional.Concat([patchFile, args.Options.GetValueOrDefault("summary")]).OfType<string>().Select(Path.GetFullPath).ToList();
        if (files.FirstOrDefault(Directory.Exists) is { } folder) throw new CommandUsageException($"{folder} is a folder; name the file to write");
        if (files.Count != files.Distinct().Count()) throw new CommandUsageException("the markdown, the patch and the summary need different files");

        try
        {
            if (args.Positional.Count == 1)
            {
                var path = Path.GetFullPath(args.Positional[0]);
                var export = await services.GetRequiredService<ListExporter>().ExportFileAsync(path);
                stdout.WriteLine($"Wrote {path} ({export.ToBytes().Length:N0} bytes).");
                foreach (var warning in export.Warnings) stdout.WriteLine($"  warning: {warning}");
            }
            return patchFile is null ? 0 : await WritePatchAsync(args, services, Path.GetFullPath(patchFile), stdout, stderr);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            stderr.WriteLine($"Export failed: {e.Message}");
            return 1;
        }
    }

    private static async Task<int> WritePatchAsync(CommandArguments args, IServiceProvider services, string patchFile, TextWriter stdout, TextWriter stderr)
    {
        ListPatch patch;
        try
        {
            patch = await services.GetRequiredService<ListPatchBuilder>().CreateAsync(args.Options.GetValueOrDefault("path"));
        }
        catch (PatchRefusedException e)
        {
            stderr.WriteLine($"error: {e.Message}");
            return 1;
        }
        if (!patch.HasChanges)
        {
            stdout.WriteLine("No changes since the last import: the export is the imported list, so there is no patch to write.");
            return 0;
        }

        await WriteFileAsync(patchFile, patch.DiffBytes());
        stdout.WriteLine($"Wrote {patchFile}: {patch.PathInRepository}, +{patch.LinesAdded} −{patch.LinesRemoved} lines. Apply it in the list's repository with: git apply {Path.GetFileName(patchFile)}");
        if (args.Options.GetValueOrDefault("summary") is { } summaryFile)
        {
            await WriteFileAsync(Path.GetFullPath(summaryFile), ListExport.Encoding.GetBytes(patch.Summary));
            stdout.WriteLine($"Wrote the pull request description to {Path.GetFullPath(summaryFile)}.");
        }
        else
        {
            stdout.WriteLine();
            stdout.Write(patch.Summary);
        }
        return 0;
    }

    /// <summary>Replaces the file only once the whole text is written.</summary>
    private static async Task WriteFileAsync(string path, byte[] bytes)
    {
        var temp = path + ".tmp";
        await File.WriteAllBytesAsync(temp, bytes);
        File.Move(temp, path, overwrite: true);
    }
}
