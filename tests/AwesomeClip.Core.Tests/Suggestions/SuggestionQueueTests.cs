using AwesomeClip.Core.Reading;
using AwesomeClip.Core.Admin;
using AwesomeClip.Core.Catalog;
using AwesomeClip.Core.Export;
using AwesomeClip.Core.Suggestions;
using AwesomeClip.Core.Tests.Export;
using AwesomeClip.Core.Tests.TestSupport;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;

namespace AwesomeClip.Core.Tests.Suggestions;

/// <summary>Editors deciding readers' suggestions, on a catalog that holds base.md (7 papers in 3 categories).</summary>
public abstract class SuggestionQueueTests(TestProvider provider) : IAsyncLifetime
{
    private readonly FixedClock clock = FixedClock.At(2025);
    private readonly RecordingListener listener = new();
    private TestDatabase database = null!;
    private SuggestionBox box = null!;
    private SuggestionQueue queue = null!;

    public async ValueTask InitializeAsync()
    {
        database = await TestDatabase.CreateAsync(provider);
        await Importers.For(database).ImportFileAsync(Repo.Fixture("base.md"));
        box = new SuggestionBox(database, clock, NullLogger<SuggestionBox>.Instance);
        queue = new SuggestionQueue(database, Editors.Papers(database, clock, listener), clock, NullLogger<SuggestionQueue>.Instance);
    }

    public async ValueTask DisposeAsync() => await database.DisposeAsync();

    [Fact]
    public async Task ShouldListPendingSuggestionsOldestFirstAndTheDecidedOnesApart()
    {
        var first = await SendAsync(new SuggestionBuilder().WithTitle("First paper").WithUrl("https://example.org/1"));
        clock.Advance(TimeSpan.FromMinutes(1));
        var second = await SendAsync(new SuggestionBuilder().WithTitle("Second paper").WithUrl("https://example.org/2"));
        clock.Advance(TimeSpan.FromMinutes(1));
        var third = await SendAsync(new SuggestionBuilder().WithTitle("Third paper").WithUrl("https://example.org/3"));
        Assert.True((await queue.RejectAsync(second, "Not about CLIP.", "ada", TestContext.Current.CancellationToken)).Succeeded);

        var list = await queue.ListAsync(ct: TestContext.Current.CancellationToken);

        Assert.Equal(2, await queue.PendingCountAsync(TestContext.Current.CancellationToken));
        Assert.Equal(2, list.PendingTotal);
        Assert.Equal([first, third], list.Pending.Select(s => s.Id));
        var decided = Assert.Single(list.Decided);
        Assert.Equal((second, SuggestionState.Rejected, "Not about CLIP.", "ada"), (decided.Id, decided.State, decided.RejectReason, decided.DecidedBy));
        Assert.Equal("Distillation", list.Pending[0].CategoryName);
    }

    [Fact]
    public async Task ShouldShowTheSamePaperSuggestedTwiceAsADuplicateToTheEditor()
    {
        var first = await SendAsync(new SuggestionBuilder().WithNote("from one reader"));
        var second = await SendAsync(new SuggestionBuilder().WithTitle("DataComp: In Search of the Next Generation of Multimodal Datasets").WithUrl("https://arxiv.org/pdf/2304.14108v2"));

        var list = await queue.ListAsync(ct: TestContext.Current.CancellationToken);

        var match = Assert.Single(list.Pending.Single(s => s.Id == second).Duplicates);
        Assert.Equal((first, true, "same arXiv id, nearly the same title"), (match.Id, match.IsSuggestion, match.Explanation));
        Assert.Equal(second, Assert.Single(list.Pending.Single(s => s.Id == first).Duplicates).Id);
    }

    [Fact]
    public async Task ShouldShowTheEditorCatalogDuplicatesBeforePendingOnes()
    {
        await SendAsync(new SuggestionBuilder().WithTitle("Some retitled CLIPA").WithUrl("2305.07017"));
        var id = await SendAsync(new SuggestionBuilder().WithTitle("CLIPA: An Inverse Scaling Law for CLIP Training").WithUrl("https://arxiv.org/abs/2305.07017"));

        var view = await queue.FindAsync(id, TestContext.Current.CancellationToken);

        Assert.Equal([false, true], view!.Duplicates.Select(d => d.IsSuggestion));
    }

    [Fact]
    public async Task ShouldPrefillTheEditorWithWhatTheReaderSent()
    {
        var id = await SendAsync(new SuggestionBuilder().WithNote("一个数据集基准.").WithContact("ada@example.org"));

        var prefill = await queue.PrefillAsync(id, ct: TestContext.Current.CancellationToken);

        var form = prefill.Form!;
        Assert.Equal("DataComp: In search of the next generation of multimodal datasets", form.Title);
        Assert.Equal(2023, form.Year);
        Assert.Equal(await CategoryIdAsync("distillation"), form.CategoryId);
        Assert.Equal("一个数据集基准.", form.Abstract);
        var link = Assert.Single(form.Links);
        Assert.Equal(("Paper", "https://arxiv.org/abs/2304.14108"), (link.Label, link.Url));
        Assert.Null(form.GithubRepo);
        Assert.DoesNotContain("ada@example.org", System.Text.Json.JsonSerializer.Serialize(form), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ShouldPrefillARepositoryAndTheCategoryTheEditorChose()
    {
        var id = await SendAsync(new SuggestionBuilder().WithTitle("OpenCLIP").WithUrl("https://github.com/mlfoundations/open_clip"));

        var form = (await queue.PrefillAsync(id, await CategoryIdAsync("train-finetune"), TestContext.Current.CancellationToken)).Form!;

        Assert.Equal(("mlfoundations/open_clip", "Github"), (form.GithubRepo, form.Links.Single().Label));
        Assert.Null(form.Year);
        Assert.Equal(await CategoryIdAsync("train-finetune"), form.CategoryId);
    }

    [Fact]
    public async Task ShouldCreateThePaperAndMarkTheSuggestionAcceptedTogether()
    {
        var id = await SendAsync(new SuggestionBuilder());
        var form = (await queue.PrefillAsync(id, ct: TestContext.Current.CancellationToken)).Form!;
        form.Abstract = "一个数据集基准.";

        var saved = Assert.IsType<PaperSaved>(await queue.AcceptAsync(id, form, "ada", TestContext.Current.CancellationToken));

        var view = await queue.FindAsync(id, TestContext.Current.CancellationToken);
        Assert.Equal((SuggestionState.Accepted, saved.PaperId, "ada", clock.Now.UtcDateTime), (view!.State, view.AcceptedPaperId, view.DecidedBy, view.DecidedAt));
        var paper = await new CatalogReader(database).PaperAsync(saved.PaperId, TestContext.Current.CancellationToken);
        Assert.Equal(("DataComp: In search of the next generation of multimodal datasets", "distillation", "2304.14108"), (paper!.Title, paper.Category.Slug, paper.ArxivId));
        Assert.Equal([saved.PaperId], Assert.Single(listener.Calls));
        await using var db = database.CreateDbContext();
        var revision = await db.PaperRevisions.SingleAsync(r => r.PaperId == saved.PaperId, cancellationToken: TestContext.Current.CancellationToken);
        Assert.Equal(("ada", RevisionKind.Created, $"created in the app from reader's suggestion #{id}"), (revision.Actor, revision.Kind, revision.Summary));
        Assert.Equal(0, await queue.PendingCountAsync(TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task ShouldGiveTheSecondOfTwoEditorsAMessageAndNoSecondPaper()
    {
        var id = await SendAsync(new SuggestionBuilder());
        var mine = (await queue.PrefillAsync(id, ct: TestContext.Current.CancellationToken)).Form!;
        var theirs = (await queue.PrefillAsync(id, ct: TestContext.Current.CancellationToken)).Form!;
        var saved = Assert.IsType<PaperSaved>(await queue.AcceptAsync(id, theirs, "grace", TestContext.Current.CancellationToken));

        var result = await queue.AcceptAsync(id, mine, "ada", TestContext.Current.CancellationToken);

        var decided = Assert.IsType<SuggestionDecided>(result);
        Assert.Equal($"Suggestion #{id} was already accepted by grace on 2025-06-01 12:00 UTC as paper #{saved.PaperId}. Nothing was saved.", decided.Message);
        await using var db = database.CreateDbContext();
        Assert.Equal(1, await db.Papers.CountAsync(p => p.Title.StartsWith("DataComp"), cancellationToken: TestContext.Current.CancellationToken));
        Assert.Single(listener.Calls);
    }

    [Fact]
    public async Task ShouldFindThePaperAgainWhenTheSameEditorFormIsSavedTwice()
    {
        var id = await SendAsync(new SuggestionBuilder());
        var form = (await queue.PrefillAsync(id, ct: TestContext.Current.CancellationToken)).Form!;

        var first = Assert.IsType<PaperSaved>(await queue.AcceptAsync(id, form, "ada", TestContext.Current.CancellationToken));
        var second = Assert.IsType<PaperSaved>(await queue.AcceptAsync(id, form, "ada", TestContext.Current.CancellationToken));

        Assert.Equal(first.PaperId, second.PaperId);
        Assert.False(second.Changed);
    }

    [Fact]
    public async Task ShouldNotAcceptARejectedSuggestion()
    {
        var id = await SendAsync(new SuggestionBuilder());
        var form = (await queue.PrefillAsync(id, ct: TestContext.Current.CancellationToken)).Form!;
        await queue.RejectAsync(id, "Already in the list under another name.", "grace", TestContext.Current.CancellationToken);

        var result = await queue.AcceptAsync(id, form, "ada", TestContext.Current.CancellationToken);

        Assert.Equal($"Suggestion #{id} was already rejected by grace on 2025-06-01 12:00 UTC: “Already in the list under another name.”. Nothing was saved.",
            Assert.IsType<SuggestionDecided>(result).Message);
        await using var db = database.CreateDbContext();
        Assert.Equal(7, await db.Papers.CountAsync(cancellationToken: TestContext.Current.CancellationToken));
        Assert.Null((await queue.PrefillAsync(id, ct: TestContext.Current.CancellationToken)).Form);
    }

    [Fact]
    public async Task ShouldKeepTheSuggestionPendingWhenTheEditorsFormIsInvalid()
    {
        var id = await SendAsync(new SuggestionBuilder().WithTitle("CLIP-KD: An Empirical Study of CLIP Model Distillation").WithUrl("https://example.org/kd"));
        var form = (await queue.PrefillAsync(id, ct: TestContext.Current.CancellationToken)).Form!;

        var invalid = Assert.IsType<PaperInvalid>(await queue.AcceptAsync(id, form, "ada", TestContext.Current.CancellationToken));

        Assert.Equal("Title", Assert.Single(invalid.Errors).Field);
        Assert.Equal(SuggestionState.Pending, (await queue.FindAsync(id, TestContext.Current.CancellationToken))!.State);
    }

    [Fact]
    public async Task ShouldRejectWithAReasonOnlyOnce()
    {
        var id = await SendAsync(new SuggestionBuilder());

        var missing = await queue.RejectAsync(id, "   ", "ada", TestContext.Current.CancellationToken);
        var rejected = await queue.RejectAsync(id, "Not about CLIP.", "ada", TestContext.Current.CancellationToken);
        var again = await queue.RejectAsync(id, "Spam.", "grace", TestContext.Current.CancellationToken);

        Assert.Equal(("Reason", false), (missing.Error?.Field, missing.Succeeded));
        Assert.True(rejected.Succeeded);
        Assert.False(again.Succeeded);
        Assert.StartsWith($"Suggestion #{id} was already rejected by ada", again.Message, StringComparison.Ordinal);
        Assert.Equal("Not about CLIP.", (await queue.FindAsync(id, TestContext.Current.CancellationToken))!.RejectReason);
    }

    [Fact]
    public async Task ShouldSayThereIsNoSuchSuggestion()
    {
        Assert.Equal("There is no suggestion #999.", (await queue.PrefillAsync(999, ct: TestContext.Current.CancellationToken)).Problem?.ToString());
        Assert.Equal("There is no suggestion #999.", (await queue.RejectAsync(999, "x", "ada", TestContext.Current.CancellationToken)).Message);
        Assert.Null(await queue.FindAsync(999, TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task ShouldWriteAnAcceptedSuggestionInTheLayoutOfItsSection()
    {
        var original = (await new ListExporter(database).ExportAsync(TestContext.Current.CancellationToken)).Markdown;
        var id = await SendAsync(new SuggestionBuilder());
        var form = (await queue.PrefillAsync(id, ct: TestContext.Current.CancellationToken)).Form!;
        form.Abstract = "一个数据集基准.";
        Assert.IsType<PaperSaved>(await queue.AcceptAsync(id, form, "ada", TestContext.Current.CancellationToken));

        var export = await new ListExporter(database).ExportAsync(TestContext.Current.CancellationToken);

        var diff = LineDiff.Between(original, export.Markdown);
        Assert.Empty(diff.Removed);
        Assert.Equal(["| **DataComp: In search of the next generation of multimodal datasets** <br>| 一个数据集基准. | | [[Paper](https://arxiv.org/abs/2304.14108)] |"], diff.Added);
    }

    [Fact]
    public async Task ShouldForgetTheReadersCategoryWhenItIsDeletedAndLetTheEditorChoose()
    {
        var id = await SendAsync(new SuggestionBuilder());
        await using (var db = database.CreateDbContext())
        {
            var category = await db.Categories.Include(c => c.Papers).SingleAsync(c => c.Slug == "distillation", cancellationToken: TestContext.Current.CancellationToken);
            db.Papers.RemoveRange(category.Papers);
            db.Categories.Remove(category);
            await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        }

        var view = await queue.FindAsync(id, TestContext.Current.CancellationToken);
        var form = (await queue.PrefillAsync(id, ct: TestContext.Current.CancellationToken)).Form!;

        Assert.Equal((null, null), (view!.CategoryId, view.CategoryName));
        Assert.Null(form.CategoryId);
    }

    private async Task<int> SendAsync(SuggestionBuilder builder) =>
        (await box.SendAsync(builder.Build(), Guid.NewGuid())).SuggestionId ?? throw new InvalidOperationException("The suggestion was not valid.");

    private async Task<int> CategoryIdAsync(string slug)
    {
        await using var db = database.CreateDbContext();
        return await db.Categories.Where(c => c.Slug == slug).Select(c => c.Id).SingleAsync();
    }
}

public sealed class SuggestionQueueTestsOnSqlite() : SuggestionQueueTests(TestProvider.Sqlite);

public sealed class SuggestionQueueTestsOnPostgreSql() : SuggestionQueueTests(TestProviders.PostgreSqlOrSkip());
