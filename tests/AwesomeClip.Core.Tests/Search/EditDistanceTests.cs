using AwesomeClip.Core.Search;

namespace AwesomeClip.Core.Tests.Search;

public sealed class EditDistanceTests
{
    [Theory]
    [InlineData("clip", "clip", 0)]
    [InlineData("clip", "clips", 1)]
    [InlineData("clip", "cilp", 1)]
    [InlineData("segmentation", "segmantation", 1)]
    [InlineData("", "abc", 3)]
    [InlineData("kitten", "sitting", 3)]
    [InlineData("ca", "abc", 3)]
    [InlineData("检测", "检侧", 1)]
    public void ShouldCountInsertionsDeletionsSubstitutionsAndAdjacentSwaps(string a, string b, int distance)
    {
        Assert.Equal(distance, EditDistance.Bounded(a, b, 5));
        Assert.Equal(distance, EditDistance.Bounded(b, a, 5));
    }

    [Theory]
    [InlineData("kitten", "sitting", 2)]
    [InlineData("a", "abcdef", 1)]
    [InlineData("transformer", "retrieval", 2)]
    public void ShouldStopAtTheBoundPlusOne(string a, string b, int bound)
    {
        Assert.Equal(bound + 1, EditDistance.Bounded(a, b, bound));
        Assert.False(EditDistance.Within(a, b, bound));
    }

    [Fact]
    public void ShouldBeWithinTheBoundAtTheBound() => Assert.True(EditDistance.Within("kitten", "sitting", 3));
}
