using AwesomeClip.Core.Catalog;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace AwesomeClip.Core.Storage.Configurations;

internal sealed class PaperBaselineConfiguration : IEntityTypeConfiguration<PaperBaseline>
{
    public void Configure(EntityTypeBuilder<PaperBaseline> builder)
    {
        builder.HasKey(b => b.PaperId);
        builder.Property(b => b.PaperId).ValueGeneratedNever();
        builder.Property(b => b.Title).HasMaxLength(1000);
        builder.Property(b => b.Url).HasMaxLength(2000);
        builder.Property(b => b.Authors).HasMaxLength(2000);
        builder.Property(b => b.Venue).HasMaxLength(300);
        builder.Property(b => b.Extras).HasDefaultValue("[]");
        builder.Property(b => b.GithubRepo).HasMaxLength(200);
        builder.Property(b => b.ArxivId).HasMaxLength(40);
        builder.HasOne<Paper>().WithOne(p => p.Baseline).HasForeignKey<PaperBaseline>(b => b.PaperId).OnDelete(DeleteBehavior.Cascade);
    }
}
