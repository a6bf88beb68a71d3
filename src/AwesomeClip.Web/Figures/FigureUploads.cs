using AwesomeClip.Core.Admin;
using AwesomeClip.Web.Accounts;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace AwesomeClip.Web.Figures;

/// <summary>
/// Figure uploads with a cap per maintainer: at most <see cref="FigureOptions.UploadsPerUserPerDay"/> figures and
/// <see cref="FigureOptions.UploadMegabytesPerUserPerDay"/> MB in any 24 hours. Each upload is recorded in the accounts
/// database, so the cap holds across restarts and instances.
/// </summary>
public sealed class FigureUploads(FigureStore store, IServiceScopeFactory scopes, IOptions<FigureOptions> options, TimeProvider time, ILogger<FigureUploads> logger)
{
    private static readonly TimeSpan Window = TimeSpan.FromDays(1);

    public async Task<FigureUpload> SaveAsync(string user, Stream content, long size, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(user);
        var limits = options.Value;
        var since = time.GetUtcNow().UtcDateTime - Window;
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AccountsDbContext>();
        var recent = await db.Set<FigureUploadRecord>().Where(u => u.User == user && u.UploadedAt > since)
            .GroupBy(_ => 1).Select(g => new { Count = g.Count(), Bytes = g.Sum(u => u.Bytes) }).FirstOrDefaultAsync(ct);
        if (recent is not null && recent.Count >= limits.UploadsPerUserPerDay)
            return Refused(user, $"You have uploaded {recent.Count} figures in the last 24 hours, the most one maintainer may ({limits.UploadsPerUserPerDay}); try again later.");
        if ((recent?.Bytes ?? 0) + size > limits.UploadMegabytesPerUserPerDay * 1024L * 1024)
            return Refused(user, $"This upload would take you past {limits.UploadMegabytesPerUserPerDay} MB of figures in 24 hours, the most one maintainer may; try again later.");

        var upload = await store.SaveAsync(content, ct);
        if (!upload.Succeeded) return upload;
        db.Set<FigureUploadRecord>().Add(new FigureUploadRecord { User = user, FileName = Path.GetFileName(upload.Path!), Bytes = size, UploadedAt = time.GetUtcNow().UtcDateTime });
        await db.SaveChangesAsync(ct);
        return upload;
    }

    private FigureUpload Refused(string user, string message)
    {
        logger.LogWarning("Refused a figure upload by {User}: {Reason}", user, message);
        return new FigureUpload(null, message);
    }
}
