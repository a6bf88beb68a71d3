using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace AwesomeClip.Core.LinkHealth;

internal sealed class LinkCheckConfiguration : IEntityTypeConfiguration<LinkCheck>
{
    public void Configure(EntityTypeBuilder<LinkCheck> builder)
    {
        builder.ToTable("LinkChecks");
        builder.Property(c => c.Outcome).HasConversion<string>().HasMaxLength(20);
        builder.Property(c => c.Error).HasMaxLength(LinkResultStore.MaxErrorLength);
        // Hops: JSON of at most LinkHealthOptions.MaxRedirects + 1 URLs, unbounded text on both providers.
        builder.HasIndex(c => new { c.LinkStatusId, c.CheckedAt });
    }
}
