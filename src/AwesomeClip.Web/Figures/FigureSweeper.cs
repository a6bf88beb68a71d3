using AwesomeClip.Web.Hosting;
using System.Text.RegularExpressions;
using AwesomeClip.Core.Admin;
using AwesomeClip.Core.Storage;
using AwesomeClip.Web.Accounts;
using AwesomeClip.Web.Startup;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace AwesomeClip.Web.Figures;

public sealed record SweepResult(int Removed, long Bytes, int Kept);

/// <summary>
/// Removes, every <see cref="FigureOptions.SweepInterval"/>, uploaded figures that no paper (trash included), revision or
/// baseline references and that are older than <see cref="FigureOptions.OrphanGracePeriod"/>; and forgets upload records
/// the cap no longer counts. Only files with the names uploads get are ever touched.
/// </summary>
public sealed partial class FigureSweeper(
    IDbContextFactory<CatalogDbContext> catalog,
    IServiceScopeFactory scopes,
    IOptions<StorageOptions> storage,
    IOptions<FigureOptions> options,
    StartupGate gate,
    TimeProvider time,
    ILogger<FigureSweeper> logger) : BackgroundService
{
    /// <summary>Raised after each sweep (tests wait for it instead of sleeping).</summary>
    public event Action<SweepResult>? Swept;

    public async Task<SweepResult> SweepAsync(CancellationToken ct = default)
    {
        var folder = storage.Value.FiguresDirectory;
        var (removed, bytes, kept) = (0, 0L, 0);
        if (Directory.Exists(folder))
        {
            var referenced = await ReferencedAsync(ct);
            var cutoff = time.GetUtcNow().UtcDateTime - options.Value.OrphanGracePeriod;
            foreach (var file in Directory.EnumerateFiles(folder))
            {
                var name = Path.GetFileName(file);
                var upload = name.EndsWith(".part", StringComparison.Ordinal) ? name[..^5] : name;
                if (!FigureStore.IsGeneratedPath("./images/" + upload)) continue;
                if (referenced.Contains(name) || File.GetLastWriteTimeUtc(file) > cutoff)
                {
                    kept++;
                    continue;
                }
                bytes += new FileInfo(file).Length;
                File.Delete(file);
                removed++;
            }
        }
        await ForgetOldUploadsAsync(ct);
        var result = new SweepResult(removed, bytes, kept);
        if (removed > 0) logger.LogInformation("Removed {Count} unreferenced uploaded figures ({Bytes} bytes); {Kept} kept", removed, bytes, kept);
        Swept?.Invoke(result);
        return result;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            await gate.Ready.WaitAsync(stoppingToken);
        }
        catch (Exception) when (!stoppingToken.IsCancellationRequested)
        {
            return; // start-up failed; the app is stopping
        }
        using var timer = new PeriodicTimer(options.Value.SweepInterval, time);
        do
        {
            try
            {
                await SweepAsync(stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.LogWarning(e, "Sweeping unreferenced figures failed; trying again in {Interval}", options.Value.SweepInterval);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    /// <summary>Every figure file name a paper, a revision or a baseline names (a revert may bring a figure back).</summary>
    private async Task<HashSet<string>> ReferencedAsync(CancellationToken ct)
    {
        await using var db = await catalog.CreateDbContextAsync(ct);
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var path in await db.PaperFigures.Select(f => f.Path).ToListAsync(ct)) names.Add(Path.GetFileName(path));
        var texts = await db.PaperRevisions.Where(r => r.Changes.Contains("images/")).Select(r => r.Changes).ToListAsync(ct);
        texts.AddRange(await db.PaperBaselines.Where(b => b.Figures.Contains("images/")).Select(b => b.Figures).ToListAsync(ct));
        foreach (var text in texts)
            foreach (Match m in UploadName().Matches(text)) names.Add(m.Value);
        return names;
    }

    private async Task ForgetOldUploadsAsync(CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AccountsDbContext>();
        var before = time.GetUtcNow().UtcDateTime - TimeSpan.FromDays(2);
        await db.Set<FigureUploadRecord>().Where(u => u.UploadedAt < before).ExecuteDeleteAsync(ct);
    }

    [GeneratedRegex(@"[0-9a-f]{32}\.(?:png|jpg|webp)", RegexOptions.CultureInvariant)]
    private static partial Regex UploadName();
}
