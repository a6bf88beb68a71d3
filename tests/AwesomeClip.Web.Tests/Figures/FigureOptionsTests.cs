using System.ComponentModel.DataAnnotations;
using AwesomeClip.Web.Figures;

namespace AwesomeClip.Web.Tests.Figures;

public sealed class FigureOptionsTests
{
    [Fact]
    public void ShouldNameEachSizeBoundThatIsOutOfRange()
    {
        var options = new FigureOptions { MaxPixels = 10, ResizeTimeout = TimeSpan.Zero, ResizesAtOnce = 0 };
        var errors = new List<ValidationResult>();

        Assert.False(Validator.TryValidateObject(options, new ValidationContext(options), errors, validateAllProperties: true));
        Assert.Equal(
            ["Figures:MaxPixels must be between 1000000 and 100000000.", "Figures:ResizeTimeout must be between 00:00:01 and 00:05:00.", "Figures:ResizesAtOnce must be between 1 and 64."],
            errors.Select(e => e.ErrorMessage).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void ShouldAcceptTheDefaults()
    {
        var options = new FigureOptions();

        Assert.True(Validator.TryValidateObject(options, new ValidationContext(options), [], validateAllProperties: true));
        Assert.Equal(25_000_000, options.MaxPixels);
    }
}
