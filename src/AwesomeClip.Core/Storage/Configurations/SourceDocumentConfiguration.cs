using AwesomeClip.Core.Catalog;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace AwesomeClip.Core.Storage.Configurations;

internal sealed class SourceDocumentConfiguration : IEntityTypeConfiguration<SourceDocument>
{
    public void Configure(EntityTypeBuilder<SourceDocument> builder)
    {
        builder.Property(d => d.FileName).HasMaxLength(500);
        builder.Property(d => d.Sha256).HasMaxLength(64);
        builder.Property(d => d.Title).HasMaxLength(300);
        builder.Property(d => d.Intro).HasMaxLength(2000);
        builder.Property(d => d.Folder).HasMaxLength(1000);
        builder.HasIndex(d => d.ImportedAt);
    }
}
