using AwesomeClip.Core.Catalog;
using Microsoft.EntityFrameworkCore;

namespace AwesomeClip.Core.Storage;

public sealed class CatalogDbContext(DbContextOptions<CatalogDbContext> options) : DbContext(options)
{
    public DbSet<Category> Categories => Set<Category>();

    public DbSet<Paper> Papers => Set<Paper>();

    public DbSet<PaperLink> PaperLinks => Set<PaperLink>();

    public DbSet<PaperFigure> PaperFigures => Set<PaperFigure>();

    public DbSet<SourceDocument> SourceDocuments => Set<SourceDocument>();

    public DbSet<PaperBaseline> PaperBaselines => Set<PaperBaseline>();

    public DbSet<PaperRevision> PaperRevisions => Set<PaperRevision>();

    protected override void OnModelCreating(ModelBuilder modelBuilder) =>
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(CatalogDbContext).Assembly);
}
