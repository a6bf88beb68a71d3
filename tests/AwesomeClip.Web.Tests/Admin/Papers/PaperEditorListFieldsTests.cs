using AwesomeClip.Core.Suggestions;
using AwesomeClip.Web.Accounts;
using System.Globalization;
using AngleSharp.Dom;
using AwesomeClip.Core.Admin;
using AwesomeClip.Core.Catalog;
using AwesomeClip.Core.Storage;
using AwesomeClip.Web.Admin;
using AwesomeClip.Web.Admin.Papers;
using AwesomeClip.Web.Tests.TestSupport;
using Microsoft.AspNetCore.Components;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace AwesomeClip.Web.Tests.Admin.Papers;

/// <summary>The paper editor's fields for any list: title link, authors, venue, month and day, the list's other columns, the category tree.</summary>
public sealed class PaperEditorListFieldsTests : BunitContext
{
    private TestCatalog? catalog;

    public PaperEditorListFieldsTests()
    {
        Services.AddLogging();
        Services.AddLocalization();
        Services.AddSingleton<AwesomeClip.Web.Localization.CoreMessageText>();
        Services.AddSingleton(Options.Create(new StorageOptions { DataDirectory = Path.Combine(Path.GetTempPath(), "awesomeclip-bunit", Guid.NewGuid().ToString("N")) }));
        Services.AddSingleton<IDbContextFactory<CatalogDbContext>>(_ => catalog ?? throw new InvalidOperationException("Call Edit first."));
        Services.AddCatalogEditing();
        Services.AddSuggestions();
        var auth = AddAuthorization();
        auth.SetAuthorized("ada@example.org");
        auth.SetRoles("Editor");
        auth.SetPolicies(AdminPolicies.Editor);
        Services.AddScoped<IActingUser, PolicyActingUser>();
        Services.AddSingleton(Options.Create(new AwesomeClip.Web.Figures.FigureOptions()));
        Services.AddSingleton<AwesomeClip.Web.Figures.FigureUploads>();
        JSInterop.Mode = JSRuntimeMode.Loose;
        SetRendererInfo(new RendererInfo("Server", isInteractive: true));
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing) catalog?.Dispose();
    }

    [Fact]
    public void ShouldLabelTheNewFieldsAndShowTheSavedValues()
    {
        var cut = Edit(TestLists.Table, "Captions Count");

        Assert.Equal(["Title link", "Authors", "Venue", "Month", "Day"],
            new[] { "paper-url", "paper-authors", "paper-venue", "paper-month", "paper-day" }.Select(id => cut.Find($"label[for={id}]").TextContent));
        Assert.Equal("https://example.org/captions", Value(cut, "#paper-url"));
        Assert.Equal("Ada Lovelace, Alan Turing", Value(cut, "#paper-authors"));
        Assert.Equal("ICCV", Value(cut, "#paper-venue"));
        Assert.Equal(("2023", "6", "30"), (Value(cut, "#paper-year"), Value(cut, "#paper-month"), Value(cut, "#paper-day")));
        Assert.Empty(cut.FindAll(".extras-editor"));
    }

    [Fact]
    public void ShouldOfferTheListsOtherColumnsUnderTheirOwnNames()
    {
        var cut = Edit(TestLists.Table, "Fast Retrieval of Everything");

        var extras = cut.Find(".extras-editor");
        Assert.Equal("Other columns", extras.QuerySelector("legend")!.TextContent);
        Assert.Equal("Task", extras.QuerySelector("label[for=extra-0]")!.TextContent);
        Assert.Equal("image-text", Value(cut, "#extra-0"));
    }

    [Fact]
    public void ShouldOfferTheCategoriesAsAnIndentedTree()
    {
        var cut = Edit(TestLists.Bullets, "Tiny Boxes Everywhere");

        var options = cut.FindAll("#paper-category option").Select(o => o.TextContent).ToList();
        Assert.Equal(["Choose a category…", "Vision", "  Detection", "  Generation", "Language", "  Generation"], options);
        Assert.Equal(CategoryId("detection").ToString(CultureInfo.InvariantCulture), cut.Find("#paper-category").GetAttribute("value") ?? SelectedValue(cut));
    }

    [Fact]
    public void ShouldSaveTitleLinkAuthorsVenueDateAndOtherColumns()
    {
        var cut = Edit(TestLists.Table, "Fast Retrieval of Everything");
        cut.Find("#paper-url").Change("https://example.org/fast");
        cut.Find("#paper-authors").Change("Ada Lovelace, Grace Hopper");
        cut.Find("#paper-venue").Change("ICCV");
        cut.Find("#paper-month").Change("2");
        cut.Find("#paper-day").Change("14");
        cut.Find("#extra-0").Change("text-video");

        cut.Find("form").Submit();

        cut.WaitForAssertion(() => Assert.Equal("Saved.", cut.Find(".notice").TextContent));
        var paper = Stored("Fast Retrieval of Everything");
        Assert.Equal(("https://example.org/fast", "Ada Lovelace, Grace Hopper", "ICCV"), (paper.Url, paper.Authors, paper.Venue));
        Assert.Equal((2022, 2, 14), (paper.Year, paper.Month, paper.Day));
        Assert.Equal([new ExtraField("Task", "text-video")], paper.Extras);
    }

    [Fact]
    public void ShouldClearAFieldThatIsEmptied()
    {
        var cut = Edit(TestLists.Table, "Captions Count");
        cut.Find("#paper-authors").Change("");
        cut.Find("#paper-day").Change("");
        cut.Find("#paper-url").Change("");

        cut.Find("form").Submit();

        cut.WaitForAssertion(() => Assert.Equal("Saved.", cut.Find(".notice").TextContent));
        var paper = Stored("Captions Count");
        Assert.Equal((null, null, 6, null), (paper.Url, paper.Authors, paper.Month, paper.Day));
    }

    [Fact]
    public void ShouldSaveTheTwentyNinthOfFebruaryInALeapYear()
    {
        var cut = Edit(TestLists.Table, "Short Captions");
        cut.Find("#paper-day").Change("29");

        cut.Find("form").Submit();

        cut.WaitForAssertion(() => Assert.Equal("Saved.", cut.Find(".notice").TextContent));
        Assert.Equal((2024, 2, 29), (Stored("Short Captions").Year, Stored("Short Captions").Month, Stored("Short Captions").Day));
    }

    public static TheoryData<string, string, string, string, string, string> InvalidDates => new()
    {
        // year, month, day → the field that is wrong and what it says
        { "2023", "13", "", "paper-month", "Enter a month between 1 and 12.", "13" },
        { "2023", "0", "", "paper-month", "Enter a month between 1 and 12.", "0" },
        { "2023", "1", "32", "paper-day", "This day does not exist in that month.", "32" },
        { "2023", "2", "30", "paper-day", "This day does not exist in that month.", "30" },
        { "2023", "2", "29", "paper-day", "This day does not exist in that month.", "29" },
        { "2023", "4", "31", "paper-day", "This day does not exist in that month.", "31" },
        { "2023", "6", "0", "paper-day", "This day does not exist in that month.", "0" },
        { "", "6", "", "paper-month", "A month needs a year.", "6" },
        { "2023", "", "12", "paper-day", "A day needs a month.", "12" },
    };

    [Theory]
    [MemberData(nameof(InvalidDates))]
    public void ShouldRefuseADateThatDoesNotExistAndKeepWhatWasTyped(string year, string month, string day, string field, string message, string typed)
    {
        var cut = Edit(TestLists.Table, "Captions Count");
        cut.Find("#paper-authors").Change("Typed Author");
        cut.Find("#paper-venue").Change("Typed Venue");
        cut.Find("#paper-year").Change(year);
        cut.Find("#paper-month").Change(month);
        cut.Find("#paper-day").Change(day);

        cut.Find("form").Submit();

        Assert.Equal([message], MessagesOf(cut, field));
        Assert.Equal(typed, Value(cut, $"#{field}"));
        Assert.Equal(("Typed Author", "Typed Venue"), (Value(cut, "#paper-authors"), Value(cut, "#paper-venue")));
        Assert.Equal("Unsaved changes", cut.Find(".form-actions [role=status]").TextContent);
        var stored = Stored("Captions Count");
        Assert.Equal(("Ada Lovelace, Alan Turing", "ICCV", 2023, 6, 30), (stored.Authors, stored.Venue, stored.Year, stored.Month, stored.Day));
    }

    [Theory]
    [InlineData("javascript:alert(1)")]
    [InlineData("example.org/no-scheme")]
    public void ShouldRefuseATitleLinkThatIsNotAWebAddress(string url)
    {
        var cut = Edit(TestLists.Table, "Captions Count");
        cut.Find("#paper-url").Change(url);

        cut.Find("form").Submit();

        Assert.Contains(MessagesOf(cut, "paper-url"), m => m.StartsWith("Use an absolute web address starting with http:// or https://", StringComparison.Ordinal));
        Assert.Equal(url, Value(cut, "#paper-url"));
        Assert.Equal("https://example.org/captions", Stored("Captions Count").Url);
    }

    [Fact]
    public void ShouldRefuseAnOtherColumnThatIsTooLongOnItsOwnField()
    {
        var cut = Edit(TestLists.Table, "Fast Retrieval of Everything");
        var text = new string('x', 2001);
        cut.Find("#extra-0").Change(text);

        cut.Find("form").Submit();

        Assert.Equal(["The text is longer than 2000 characters."], MessagesOf(cut, "extra-0"));
        Assert.Equal(text, Value(cut, "#extra-0"));
        Assert.Equal([new ExtraField("Task", "image-text")], Stored("Fast Retrieval of Everything").Extras);
    }

    [Fact]
    public void ShouldRefuseAuthorsAndVenueThatAreTooLong()
    {
        var cut = Edit(TestLists.Table, "Captions Count");
        cut.Find("#paper-authors").Change(new string('a', 2001));
        cut.Find("#paper-venue").Change(new string('v', 301));

        cut.Find("form").Submit();

        Assert.Equal(["The authors are longer than 2000 characters."], MessagesOf(cut, "paper-authors"));
        Assert.Equal(["The venue is longer than 300 characters."], MessagesOf(cut, "paper-venue"));
        Assert.Equal("ICCV", Stored("Captions Count").Venue);
    }

    private IRenderedComponent<PaperEditorForm> Edit(string list, string title)
    {
        catalog = new TestCatalog(list);
        using var db = catalog.CreateDbContext();
        var id = db.Papers.Single(p => p.Title == title).Id;
        var cut = Render<PaperEditorForm>(p => p.Add(x => x.PaperId, id));
        cut.WaitForElement("#paper-title");
        return cut;
    }

    private static string? Value(IRenderedComponent<PaperEditorForm> cut, string selector) => cut.Find(selector).GetAttribute("value");

    private static string? SelectedValue(IRenderedComponent<PaperEditorForm> cut) =>
        cut.FindAll("#paper-category option").FirstOrDefault(o => o.HasAttribute("selected"))?.GetAttribute("value");

    /// <summary>The validation messages shown in the field of the input <paramref name="inputId"/>.</summary>
    private static List<string> MessagesOf(IRenderedComponent<PaperEditorForm> cut, string inputId)
    {
        var field = cut.Find($"#{inputId}").Closest(".field") ?? throw new InvalidOperationException($"#{inputId} is in no .field");
        return [.. field.QuerySelectorAll(".validation-message").Select(m => m.TextContent)];
    }

    private Paper Stored(string title)
    {
        using var db = catalog!.CreateDbContext();
        return db.Papers.AsNoTracking().Single(p => p.Title == title);
    }

    private int CategoryId(string slug)
    {
        using var db = catalog!.CreateDbContext();
        return db.Categories.Single(c => c.Slug == slug).Id;
    }
}
