using AwesomeClip.Core.ChangeLog;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace AwesomeClip.Core.Storage.Configurations;

internal sealed class CatalogChangeConfiguration : IEntityTypeConfiguration<CatalogChange>
{
    public void Configure(EntityTypeBuilder<CatalogChange> builder)
    {
        builder.ToTable(CatalogChangeLog.Table);
        builder.HasIndex(c => c.At);
    }
}
