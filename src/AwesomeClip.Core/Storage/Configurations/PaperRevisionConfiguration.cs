using AwesomeClip.Core.Catalog;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace AwesomeClip.Core.Storage.Configurations;

internal sealed class PaperRevisionConfiguration : IEntityTypeConfiguration<PaperRevision>
{
    public void Configure(EntityTypeBuilder<PaperRevision> builder)
    {
        builder.Property(r => r.Actor).HasMaxLength(200);
        builder.Property(r => r.Kind).HasConversion<string>().HasMaxLength(20);
        builder.Property(r => r.Summary).HasMaxLength(2000);
        builder.HasIndex(r => new { r.PaperId, r.At });
        builder.HasOne<Paper>().WithMany().HasForeignKey(r => r.PaperId).OnDelete(DeleteBehavior.Cascade);
    }
}
