using AwesomeClip.Web.Accounts;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace AwesomeClip.Web.Figures;

/// <summary>Uploads per maintainer, in the accounts database (ADR-019): what the upload cap counts.</summary>
internal sealed class FigureUploadRecordConfiguration : IEntityTypeConfiguration<FigureUploadRecord>
{
    public void Configure(EntityTypeBuilder<FigureUploadRecord> upload)
    {
        upload.ToTable("FigureUploads");
        upload.Property(u => u.User).HasMaxLength(256);
        upload.Property(u => u.FileName).HasMaxLength(64);
        upload.HasIndex(u => new { u.User, u.UploadedAt });
        upload.HasIndex(u => u.UploadedAt);
    }
}

/// <summary>The upload records' set on the accounts context.</summary>
public static class FigureUploadTables
{
    extension(AccountsDbContext db)
    {
        public DbSet<FigureUploadRecord> FigureUploads => db.Set<FigureUploadRecord>();
    }
}
