using AwesomeClip.Core.Catalog;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace AwesomeClip.Core.Suggestions;

internal sealed class SuggestionConfiguration : IEntityTypeConfiguration<Suggestion>
{
    public void Configure(EntityTypeBuilder<Suggestion> builder)
    {
        builder.ToTable("Suggestions");
        builder.Property(s => s.Title).HasMaxLength(SuggestionRules.MaxTitleLength);
        builder.Property(s => s.Url).HasMaxLength(HttpUrl.MaxLength);
        builder.Property(s => s.Note).HasMaxLength(SuggestionRules.MaxNoteLength);
        builder.Property(s => s.Contact).HasMaxLength(SuggestionRules.MaxContactLength);
        builder.Property(s => s.ArxivId).HasMaxLength(40);
        builder.Property(s => s.GithubRepo).HasMaxLength(200);
        builder.Property(s => s.State).HasConversion<string>().HasMaxLength(20);
        builder.Property(s => s.RejectReason).HasMaxLength(SuggestionRules.MaxReasonLength);
        builder.Property(s => s.DecidedBy).HasMaxLength(200);
        builder.HasIndex(s => new { s.State, s.ReceivedAt });
        builder.HasIndex(s => s.SubmissionToken).IsUnique();
        builder.HasOne<Category>().WithMany().HasForeignKey(s => s.CategoryId).OnDelete(DeleteBehavior.SetNull);
        builder.HasOne<Paper>().WithMany().HasForeignKey(s => s.AcceptedPaperId).OnDelete(DeleteBehavior.SetNull);
    }
}
