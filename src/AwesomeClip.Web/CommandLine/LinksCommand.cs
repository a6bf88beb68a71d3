using AwesomeClip.Core.LinkHealth;
using AwesomeClip.Core.Storage;
using AwesomeClip.Web.LinkHealth;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace AwesomeClip.Web.CommandLine;

/// <summary><c>links check [--json] [--all]</c>: checks the stale links and prints every link that is not ok; exit 1 when one is broken.</summary>
internal sealed class LinksCommand : ICommand
{
    public string Name => "links";

    public string Usage => "links check [--json] [--all]";

    public string Summary => "Check the catalog's links (title links, links, figures given by URL) that were never checked or whose"
        + "\n      result is older than LinkHealth:MaxAge, then print a summary and every link that is not ok, with its papers."
        + "\n      Exit 0 when no link is broken, 1 when one is (three failed checks within 7 days)."
        + "\n      --all checks every link again; --json prints the whole report as JSON (docs/link-health.md).";

    public async Task<int> RunAsync(CommandArguments args, IServiceProvider services, TextWriter stdout, TextWriter stderr)
    {
        args.ExpectOnly("json", "all");
        if (args.Positional.Count == 0) throw new CommandUsageException("links needs a subcommand: check");
        if (args.Positional[0] != "check") throw new CommandUsageException($"unknown subcommand '{args.Positional[0]}'; use check");
        if (args.Positional.Count != 1) throw new CommandUsageException("links check takes no arguments");
        var options = services.GetRequiredService<IOptions<LinkHealthOptions>>().Value; // invalid settings: exit 2 before any work

        var dbFactory = services.GetRequiredService<IDbContextFactory<CatalogDbContext>>();
        await using (var db = await dbFactory.CreateDbContextAsync())
            await CatalogDatabase.MigrateAsync(db);

        var links = services.GetRequiredService<LinkHealthService>();
        using var cancel = new CancellationTokenSource();
        ConsoleCancelEventHandler stop = (_, e) =>
        {
            e.Cancel = true;
            cancel.Cancel();
        };
        Console.CancelKeyPress += stop;
        LinkCheckRun run;
        try
        {
            run = await links.CheckAsync(args.Flag("all"), ct: cancel.Token);
        }
        catch (OperationCanceledException) when (cancel.IsCancellationRequested)
        {
            stderr.WriteLine("Stopped; the links checked so far are recorded.");
            return 1;
        }
        finally
        {
            Console.CancelKeyPress -= stop;
        }

        var report = await links.ReportAsync(new LinkReportQuery(PageSize: int.MaxValue));
        if (args.Flag("json")) stdout.WriteLine(LinkHealthJson.Write(run, report));
        else WriteText(run, report, options, args.Flag("all"), stdout);
        return report.Count(LinkState.Broken) > 0 ? 1 : 0;
    }

    private static void WriteText(LinkCheckRun run, LinkReport report, LinkHealthOptions options, bool all, TextWriter stdout)
    {
        if (run.Busy)
        {
            stdout.WriteLine("Another link check is running (the web app or another command): nothing was checked now; these are the stored results.");
        }
        else
        {
            var fresh = run.Links - run.Checked;
            var skipped = all || fresh == 0 ? "" : $" ({fresh} checked less than {LinkHealthText.Duration(options.MaxAge)} ago were skipped (LinkHealth:MaxAge); --all checks them too)";
            stdout.WriteLine($"Checked {run.Checked} of {LinkHealthText.Links(run.Links)} in {run.Took.TotalSeconds.ToString("0.0", System.Globalization.CultureInfo.InvariantCulture)} s{skipped}.");
        }
        stdout.WriteLine($"{LinkHealthText.Links(report.Links)}: {LinkHealthText.Counts(report)}.");
        foreach (var row in report.Rows.Where(r => r.State != LinkState.Ok))
        {
            stdout.WriteLine();
            stdout.WriteLine($"{row.State.ToText().ToUpperInvariant()}  {row.Url}");
            var facts = new List<string> { LinkHealthText.LastResult(row) };
            if (row.RecentFailures > 0) facts.Add(LinkHealthText.Failures(row.RecentFailures));
            if (row.LastCheckedAt is { } at) facts.Add($"checked {LinkHealthText.Time(at)}");
            stdout.WriteLine("  " + string.Join("; ", facts));
            if (row.Replacement is { } replacement) stdout.WriteLine($"  replace with {replacement} (on /admin/links)");
            foreach (var use in row.Usages) stdout.WriteLine($"  #{use.PaperId} “{use.PaperTitle}”, {use.Where}");
        }
    }
}
