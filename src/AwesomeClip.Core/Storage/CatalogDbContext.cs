using AwesomeClip.Core.Catalog;
using AwesomeClip.Core.ChangeLog;
using Microsoft.EntityFrameworkCore;

namespace AwesomeClip.Core.Storage;

/// <summary>
/// The catalog's model, shared by one derived context per database provider (<see cref="SqliteCatalogDbContext"/>,
/// <see cref="PostgreSqlCatalogDbContext"/>), each with its own migrations (ADR-012). Every save that touches papers
/// also writes a <see cref="CatalogChange"/> in the same transaction, so other instances can follow (ADR-011).
/// It maps the catalog's model and its change log, which sit below Storage; features above it that keep tables of
/// their own (Suggestions, LinkHealth) add their entities through their configurations and sets (ADR-028).
/// </summary>
public abstract class CatalogDbContext(DbContextOptions options) : DbContext(options)
{
    public DbSet<Category> Categories => Set<Category>();

    public DbSet<Paper> Papers => Set<Paper>();

    public DbSet<PaperLink> PaperLinks => Set<PaperLink>();

    public DbSet<PaperFigure> PaperFigures => Set<PaperFigure>();

    public DbSet<SourceDocument> SourceDocuments => Set<SourceDocument>();

    public DbSet<PaperBaseline> PaperBaselines => Set<PaperBaseline>();

    public DbSet<PaperRevision> PaperRevisions => Set<PaperRevision>();

    public DbSet<CatalogChange> CatalogChanges => Set<CatalogChange>();

    private readonly HashSet<int> recorded = [];

    /// <summary>
    /// The papers this context's saves recorded in the change log (those they touched, with the papers of changed
    /// categories and of the sections under them): what listeners must hear about after the commit.
    /// </summary>
    public IReadOnlyCollection<int> RecordedPaperIds => recorded;

    /// <inheritdoc cref="SaveChangesAsync(bool, CancellationToken)"/>
    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        using var detected = DetectChangesOnce();
        using var written = new WriteCount(this);
        var touched = TouchedPapers.Capture(ChangeTracker);
        if (touched.IsEmpty) return base.SaveChanges(acceptAllChangesOnSuccess);

        using var own = Database.CurrentTransaction is null ? Database.BeginTransaction() : null;
        var saved = base.SaveChanges(acceptAllChangesOnSuccess);
        var ids = touched.Resolve(this);
        recorded.UnionWith(ids);
        CatalogChangeLog.Record(this, ids);
        own?.Commit();
        return saved;
    }

    /// <summary>Saves, and records the papers the save touched in the change log inside the same transaction.</summary>
    public override async Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        using var detected = DetectChangesOnce();
        using var written = new WriteCount(this);
        var touched = TouchedPapers.Capture(ChangeTracker);
        if (touched.IsEmpty) return await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken).ConfigureAwait(false);

        // Without a caller's transaction, open one so the rows and their log entry commit together.
#pragma warning disable IDISP001 // Disposed in the finally below (only when it is ours).
        var own = Database.CurrentTransaction is null ? await Database.BeginTransactionAsync(cancellationToken).ConfigureAwait(false) : null;
#pragma warning restore IDISP001
        try
        {
            var saved = await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken).ConfigureAwait(false);
            var ids = await touched.ResolveAsync(this, cancellationToken).ConfigureAwait(false);
            recorded.UnionWith(ids);
            await CatalogChangeLog.RecordAsync(this, ids, cancellationToken).ConfigureAwait(false);
            if (own is not null) await own.CommitAsync(cancellationToken).ConfigureAwait(false);
            return saved;
        }
        finally
        {
            if (own is not null) await own.DisposeAsync().ConfigureAwait(false);
        }
    }

    /// <summary>
    /// Scans the tracked entities for changes once, then turns automatic detection off until disposed: reading the
    /// entries (<see cref="TouchedPapers"/>) and the save itself would each scan them again, and an import tracks
    /// thousands of papers, links and baselines.
    /// </summary>
    private AutoDetectRestore DetectChangesOnce()
    {
        var enabled = ChangeTracker.AutoDetectChangesEnabled;
        if (enabled) ChangeTracker.DetectChanges();
        ChangeTracker.AutoDetectChangesEnabled = false;
        return new AutoDetectRestore(ChangeTracker, enabled);
    }

    private readonly struct AutoDetectRestore(Microsoft.EntityFrameworkCore.ChangeTracking.ChangeTracker tracker, bool enabled) : IDisposable
    {
        public void Dispose() => tracker.AutoDetectChangesEnabled = enabled;
    }

    // A save outside a caller's transaction has committed when it returns (a single statement needs no transaction).
    private readonly struct WriteCount(CatalogDbContext db) : IDisposable
    {
        private readonly bool own = db.Database.CurrentTransaction is null;

        public void Dispose()
        {
            if (own) CatalogWrites.Written();
        }
    }

    protected override void OnConfiguring(DbContextOptionsBuilder optionsBuilder)
    {
        ArgumentNullException.ThrowIfNull(optionsBuilder);
        optionsBuilder.AddInterceptors(CatalogWrites.Interceptors);
    }

    protected override void OnModelCreating(ModelBuilder modelBuilder) =>
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(CatalogDbContext).Assembly);
}
