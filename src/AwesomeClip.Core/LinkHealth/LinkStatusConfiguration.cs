using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace AwesomeClip.Core.LinkHealth;

internal sealed class LinkStatusConfiguration : IEntityTypeConfiguration<LinkStatus>
{
    public void Configure(EntityTypeBuilder<LinkStatus> builder)
    {
        builder.ToTable("LinkStatuses");
        builder.Property(s => s.Key).HasMaxLength(64);
        builder.HasIndex(s => s.Key).IsUnique();
        builder.Property(s => s.Url).HasMaxLength(2000);
        builder.Property(s => s.State).HasConversion<string>().HasMaxLength(20);
        builder.HasIndex(s => s.State);
        builder.Property(s => s.LastOutcome).HasConversion<string>().HasMaxLength(20);
        builder.Property(s => s.LastError).HasMaxLength(LinkResultStore.MaxErrorLength);
        builder.Property(s => s.FinalUrl).HasMaxLength(2000);
        builder.HasMany(s => s.Checks).WithOne().HasForeignKey(c => c.LinkStatusId).OnDelete(DeleteBehavior.Cascade);
    }
}
