using AwesomeClip.Core.Suggestions;
using AwesomeClip.Core.Tests.TestSupport;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;

namespace AwesomeClip.Core.Tests.Suggestions;

/// <summary>A reader's check and send on a catalog that holds base.md (7 papers in 3 categories).</summary>
public abstract class SuggestionBoxTests(TestProvider provider) : IAsyncLifetime
{
    private readonly FixedClock clock = FixedClock.At(2025);
    private TestDatabase database = null!;
    private SuggestionBox box = null!;

    public async ValueTask InitializeAsync()
    {
        database = await TestDatabase.CreateAsync(provider);
        await Importers.For(database).ImportFileAsync(Repo.Fixture("base.md"));
        box = new SuggestionBox(database, clock, NullLogger<SuggestionBox>.Instance);
    }

    public async ValueTask DisposeAsync() => await database.DisposeAsync();

    [Fact]
    public async Task ShouldShowWhatTheUrlGaveAndNoDuplicatesForANewPaper()
    {
        var check = await box.CheckAsync(new SuggestionBuilder().Build(), TestContext.Current.CancellationToken);

        Assert.True(check.IsValid);
        Assert.Equal(("2304.14108", 2023), (check.Value!.Link.ArxivId, check.Value.Link.Year));
        Assert.Equal("Distillation", check.CategoryName);
        Assert.Empty(check.Duplicates);
    }

    [Fact]
    public async Task ShouldFindACatalogPaperWithTheSameArxivId()
    {
        var check = await box.CheckAsync(new SuggestionBuilder().WithTitle("A title nobody has").WithUrl("2305.07017").Build(), TestContext.Current.CancellationToken);

        var duplicate = Assert.Single(check.Duplicates);
        Assert.Equal(("CLIPA: An Inverse Scalling Law for CLIP Training", false, "same arXiv id"), (duplicate.Title, duplicate.IsSuggestion, duplicate.Explanation));
        Assert.Equal(await PaperIdAsync("CLIPA: An Inverse Scalling Law for CLIP Training"), duplicate.Id);
    }

    [Fact]
    public async Task ShouldFindACatalogPaperWithTheSameRepository()
    {
        var check = await box.CheckAsync(new SuggestionBuilder().WithTitle("Another title").WithUrl("https://github.com/winycg/clip-kd").Build(), TestContext.Current.CancellationToken);

        var duplicate = Assert.Single(check.Duplicates);
        Assert.Equal(("CLIP-KD: An Empirical Study of CLIP Model Distillation", "same GitHub repository"), (duplicate.Title, duplicate.Explanation));
    }

    [Theory]
    [InlineData("CLIPA: An Inverse Scalling Law for CLIP Training")]
    [InlineData("clipa - an inverse scalling law for clip training")]
    [InlineData("CLIPA: An Inverse Scaling Law for CLIP Training")]
    [InlineData("CLIPA: An Inverse Scaling Law for CLIP-Trainings")]
    public async Task ShouldFindACatalogPaperWithANearIdenticalTitle(string title)
    {
        var check = await box.CheckAsync(new SuggestionBuilder().WithTitle(title).WithUrl("https://example.org/clipa").Build(), TestContext.Current.CancellationToken);

        var duplicate = Assert.Single(check.Duplicates);
        Assert.Equal(("CLIPA: An Inverse Scalling Law for CLIP Training", "nearly the same title"), (duplicate.Title, duplicate.Explanation));
    }

    [Theory]
    [InlineData("CLIPA-v2: Scaling CLIP Training with 81.1% Zero-shot ImageNet Accuracy")]
    [InlineData("CoCa: Contrastive Captioners")]
    [InlineData("TinyCLIP")]
    public async Task ShouldNotCallADifferentPaperADuplicate(string title)
    {
        var check = await box.CheckAsync(new SuggestionBuilder().WithTitle(title).WithUrl("https://example.org/other").Build(), TestContext.Current.CancellationToken);

        Assert.Empty(check.Duplicates);
    }

    [Fact]
    public async Task ShouldGiveEveryReasonAPaperMatchesFor()
    {
        var check = await box.CheckAsync(new SuggestionBuilder().WithTitle("CLIP-KD: An Empirical Study of CLIP Model Distillation").WithUrl("github.com/winycg/CLIP-KD").Build(), TestContext.Current.CancellationToken);

        Assert.Equal("same GitHub repository, nearly the same title", Assert.Single(check.Duplicates).Explanation);
    }

    [Fact]
    public async Task ShouldRefuseACategoryThatDoesNotExist()
    {
        var check = await box.CheckAsync(new SuggestionBuilder().InCategory("no-such-section").Build(), TestContext.Current.CancellationToken);

        Assert.False(check.IsValid);
        Assert.Equal(("Category", "Choose one of the categories in the list."), (check.Errors.Single().Field, check.Errors.Single().Message));
    }

    [Fact]
    public async Task ShouldStoreAValidSuggestionAsPendingWithWhatItsUrlGave()
    {
        var sent = await box.SendAsync(new SuggestionBuilder().WithNote("值得一看\nSee section 3.").WithContact("ada@example.org").Build(), Guid.NewGuid(), TestContext.Current.CancellationToken);

        await using var db = database.CreateDbContext();
        var stored = await db.Suggestions.SingleAsync(s => s.Id == sent.SuggestionId, cancellationToken: TestContext.Current.CancellationToken);
        Assert.Equal(SuggestionState.Pending, stored.State);
        Assert.Equal(("DataComp: In search of the next generation of multimodal datasets", "https://arxiv.org/abs/2304.14108", "2304.14108", 2023),
            (stored.Title, stored.Url, stored.ArxivId, stored.Year));
        Assert.Equal(("值得一看\nSee section 3.", "ada@example.org"), (stored.Note, stored.Contact));
        Assert.Equal(await db.Categories.Where(c => c.Slug == "distillation").Select(c => c.Id).SingleAsync(cancellationToken: TestContext.Current.CancellationToken), stored.CategoryId);
        Assert.Equal(clock.Now.UtcDateTime, stored.ReceivedAt);
        Assert.Null(stored.DecidedAt);
    }

    [Fact]
    public async Task ShouldStoreNothingThatIsNotValid()
    {
        var sent = await box.SendAsync(new SuggestionBuilder().WithUrl("javascript:alert(1)").Build(), Guid.NewGuid(), TestContext.Current.CancellationToken);

        Assert.Null(sent.SuggestionId);
        Assert.Equal("Url", Assert.Single(sent.Check.Errors).Field);
        await using var db = database.CreateDbContext();
        Assert.Equal(0, await db.Suggestions.CountAsync(cancellationToken: TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task ShouldStoreTheSameFormOnceWhenItIsSentTwice()
    {
        var token = Guid.NewGuid();

        var first = await box.SendAsync(new SuggestionBuilder().Build(), token, TestContext.Current.CancellationToken);
        var second = await box.SendAsync(new SuggestionBuilder().Build(), token, TestContext.Current.CancellationToken);

        Assert.Equal(first.SuggestionId, second.SuggestionId);
        await using var db = database.CreateDbContext();
        Assert.Equal(1, await db.Suggestions.CountAsync(cancellationToken: TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task ShouldStoreAnotherPaperSentWithAnOldFormsToken()
    {
        var token = Guid.NewGuid();
        var first = await box.SendAsync(new SuggestionBuilder().Build(), token, TestContext.Current.CancellationToken);

        var second = await box.SendAsync(new SuggestionBuilder().WithTitle("Another paper, typed into the same form").WithUrl("2401.00099").Build(), token, TestContext.Current.CancellationToken);

        Assert.NotEqual(first.SuggestionId, second.SuggestionId);
        await using var db = database.CreateDbContext();
        Assert.Equal(2, await db.Suggestions.CountAsync(cancellationToken: TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task ShouldNotTellAReaderWhatOtherReadersSuggested()
    {
        await box.SendAsync(new SuggestionBuilder().Build(), Guid.NewGuid(), TestContext.Current.CancellationToken);

        var check = await box.CheckAsync(new SuggestionBuilder().Build(), TestContext.Current.CancellationToken);

        Assert.Empty(check.Duplicates);
    }

    [Fact]
    public async Task ShouldKeepSuggestionsOutOfTheCatalog()
    {
        await box.SendAsync(new SuggestionBuilder().Build(), Guid.NewGuid(), TestContext.Current.CancellationToken);

        var reader = new AwesomeClip.Core.Reading.CatalogReader(database);
        Assert.Equal(7, (await reader.CountsAsync(TestContext.Current.CancellationToken)).Papers);
        Assert.DoesNotContain(await reader.PapersAsync("distillation", null, TestContext.Current.CancellationToken), p => p.Title.StartsWith("DataComp", StringComparison.Ordinal));
    }

    private async Task<int> PaperIdAsync(string title)
    {
        await using var db = database.CreateDbContext();
        return await db.Papers.Where(p => p.Title == title).Select(p => p.Id).SingleAsync();
    }
}

public sealed class SuggestionBoxTestsOnSqlite() : SuggestionBoxTests(TestProvider.Sqlite);

public sealed class SuggestionBoxTestsOnPostgreSql() : SuggestionBoxTests(TestProviders.PostgreSqlOrSkip());
