using AwesomeClip.Core.Catalog;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace AwesomeClip.Core.Storage.Configurations;

internal sealed class PaperLinkConfiguration : IEntityTypeConfiguration<PaperLink>
{
    public void Configure(EntityTypeBuilder<PaperLink> builder)
    {
        builder.Property(l => l.Kind).HasConversion<string>().HasMaxLength(20);
        builder.Property(l => l.Label).HasMaxLength(1000);
        builder.Property(l => l.Url).HasMaxLength(2000);
        builder.HasIndex(l => new { l.PaperId, l.Position });
    }
}
