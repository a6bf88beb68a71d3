using AwesomeClip.Core.Catalog;

namespace AwesomeClip.Core.Tests.Catalog;

public sealed class SlugTests
{
    [Theory]
    [InlineData("Zero-Shot & Few-Shot & Classification", "zero-shot-few-shot-classification")]
    [InlineData("  Vision / Generation  ", "vision-generation")]
    [InlineData("3D Reconstruction", "3d-reconstruction")]
    [InlineData("ＣＬＩＰ　Ｔｒａｉｎ", "clip-train")]
    [InlineData("视觉 语言", "视觉-语言")]
    [InlineData("Ünïcode Çase", "ünïcode-çase")]
    [InlineData("a--b__c", "a-b-c")]
    public void ShouldMakeALowerCaseDashedSlugOfLettersAndDigits(string name, string slug) => Assert.Equal(slug, Slug.From(name));

    [Theory]
    [InlineData("")]
    [InlineData("🧟‍♂️ & ---")]
    public void ShouldNameASlugWithoutLettersCategory(string name) => Assert.Equal("category", Slug.From(name));
}
