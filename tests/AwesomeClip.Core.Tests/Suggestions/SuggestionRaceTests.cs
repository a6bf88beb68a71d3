using AwesomeClip.Core.Admin;
using AwesomeClip.Core.Suggestions;
using AwesomeClip.Core.Tests.TestSupport;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;

namespace AwesomeClip.Core.Tests.Suggestions;

/// <summary>
/// Two editors accepting one suggestion at the same moment, on separate connections: PostgreSQL only, since the SQLite
/// test database is one in-memory connection (the app's own SQLite file is raced in the web tests).
/// </summary>
public sealed class SuggestionRaceTestsOnPostgreSql : IAsyncLifetime
{
    private readonly TestProvider provider = TestProviders.PostgreSqlOrSkip();
    private TestDatabase database = null!;

    public async ValueTask InitializeAsync()
    {
        database = await TestDatabase.CreateAsync(provider);
        await Importers.For(database).ImportFileAsync(Repo.Fixture("base.md"));
    }

    public async ValueTask DisposeAsync() => await database.DisposeAsync();

    [Fact]
    public async Task ShouldMakeOnePaperWhenTwoEditorsAcceptAtTheSameMoment()
    {
        var clock = FixedClock.At(2025);
        var queue = new SuggestionQueue(database, Editors.Papers(database, clock), clock, NullLogger<SuggestionQueue>.Instance);
        var id = (await new SuggestionBox(database, clock, NullLogger<SuggestionBox>.Instance).SendAsync(new SuggestionBuilder().Build(), Guid.NewGuid(), TestContext.Current.CancellationToken)).SuggestionId!.Value;
        var forms = new[] { (await queue.PrefillAsync(id, ct: TestContext.Current.CancellationToken)).Form!, (await queue.PrefillAsync(id, ct: TestContext.Current.CancellationToken)).Form! };

        var results = await Task.WhenAll(queue.AcceptAsync(id, forms[0], "ada", TestContext.Current.CancellationToken), queue.AcceptAsync(id, forms[1], "grace", TestContext.Current.CancellationToken));

        var saved = Assert.Single(results.OfType<PaperSaved>());
        Assert.Single(results.OfType<SuggestionDecided>());
        await using var db = database.CreateDbContext();
        Assert.Equal(1, await db.Papers.CountAsync(p => p.Title.StartsWith("DataComp"), cancellationToken: TestContext.Current.CancellationToken));
        Assert.Equal(saved.PaperId, (await db.Suggestions.SingleAsync(s => s.Id == id, cancellationToken: TestContext.Current.CancellationToken)).AcceptedPaperId);
    }
}
