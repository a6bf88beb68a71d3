using AwesomeClip.Core.Catalog;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace AwesomeClip.Core.Storage.Configurations;

internal sealed class PaperFigureConfiguration : IEntityTypeConfiguration<PaperFigure>
{
    public void Configure(EntityTypeBuilder<PaperFigure> builder)
    {
        builder.Property(f => f.Path).HasMaxLength(500);
        builder.Ignore(f => f.FileName);
        builder.HasIndex(f => new { f.PaperId, f.Position });
    }
}
