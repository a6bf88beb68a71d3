using AwesomeClip.Core.Catalog;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace AwesomeClip.Core.Storage.Configurations;

internal sealed class PaperConfiguration : IEntityTypeConfiguration<Paper>
{
    public void Configure(EntityTypeBuilder<Paper> builder)
    {
        builder.Property(p => p.Title).HasMaxLength(1000);
        builder.Property(p => p.Url).HasMaxLength(2000);
        builder.Property(p => p.Authors).HasMaxLength(2000);
        builder.Property(p => p.Venue).HasMaxLength(300);
        builder.Property(p => p.Extras).HasConversion(ExtraFieldsJson.Converter, ExtraFieldsJson.Comparer).HasDefaultValue(new List<ExtraField>());
        builder.Property(p => p.GithubRepo).HasMaxLength(200);
        builder.Property(p => p.ArxivId).HasMaxLength(40);
        builder.Property(p => p.SourceFingerprint).HasMaxLength(64);
        builder.Property(p => p.Version).IsConcurrencyToken();
        builder.HasQueryFilter(Trash.Filter, p => p.DeletedAt == null);
        builder.HasIndex(p => new { p.CategoryId, p.Position });
        builder.HasIndex(p => p.Year);
        builder.HasIndex(p => p.CreatedAt);
        builder.HasIndex(p => p.CreationToken).IsUnique();
        builder.HasMany(p => p.Links).WithOne().HasForeignKey(l => l.PaperId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(p => p.Figures).WithOne().HasForeignKey(f => f.PaperId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(p => p.Links).AutoInclude(false);
    }
}
