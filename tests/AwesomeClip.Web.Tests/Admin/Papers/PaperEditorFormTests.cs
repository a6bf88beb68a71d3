using AwesomeClip.Core.Suggestions;
using AwesomeClip.Web.Accounts;
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

public sealed class PaperEditorFormTests : BunitContext
{
    private readonly TestCatalog catalog = new();
    private readonly int paperId;

    public PaperEditorFormTests()
    {
        Services.AddLogging();
        Services.AddLocalization();
        Services.AddSingleton<AwesomeClip.Web.Localization.CoreMessageText>();
        Services.AddSingleton<IDbContextFactory<CatalogDbContext>>(catalog);
        Services.AddSingleton(Options.Create(new StorageOptions { DataDirectory = Path.Combine(Path.GetTempPath(), "awesomeclip-bunit", Guid.NewGuid().ToString("N")) }));
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
        using var db = catalog.CreateDbContext();
        paperId = db.Papers.Single().Id;
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing) catalog.Dispose();
    }

    private IRenderedComponent<PaperEditorForm> RenderEditor(int? id)
    {
        var cut = Render<PaperEditorForm>(p => p.Add(x => x.PaperId, id));
        cut.WaitForElement("#paper-title");
        return cut;
    }

    [Fact]
    public void ShouldLabelEveryFieldAndSayThatTheButtonSaves()
    {
        var cut = RenderEditor(paperId);

        Assert.Equal(["Title", "Year", "Category", "Abstract", "Commentary", "GitHub repository"],
            new[] { "paper-title", "paper-year", "paper-category", "paper-abstract", "paper-commentary", "paper-github" }.Select(id => cut.Find($"label[for={id}]").TextContent));
        Assert.Equal(["Links", "Figure"], cut.FindAll("legend").Select(l => l.TextContent));
        Assert.Equal("Save", cut.Find("button[type=submit]").TextContent);
        Assert.Equal("A Tiny Detector", cut.Find("#paper-title").GetAttribute("value"));
        Assert.Equal("https://arxiv.org/pdf/2301.00001", cut.Find("#link-url-0").GetAttribute("value"));
    }

    [Fact]
    public void ShouldShowValidationMessagesOnTheFieldsAndSaveNothing()
    {
        var cut = RenderEditor(paperId);
        cut.Find("#paper-title").Change("");
        cut.Find("#paper-year").Change("1899");
        cut.Find("#paper-github").Change("not a repo");
        cut.Find("#link-url-0").Change("javascript:alert(1)");

        cut.Find("form").Submit();

        var messages = cut.FindAll(".validation-message").Select(m => m.TextContent).ToList();
        Assert.Contains("Enter the paper's title.", messages);
        Assert.Contains(messages, m => m.StartsWith("Enter a year between 1900 and", StringComparison.Ordinal));
        Assert.Contains("Write the GitHub repository as owner/name, e.g. openai/CLIP.", messages);
        Assert.Contains(messages, m => m.StartsWith("Use an absolute web address starting with http:// or https://", StringComparison.Ordinal));
        Assert.Equal("A Tiny Detector", Title());
    }

    [Fact]
    public void ShouldSaveAndSaySo()
    {
        var cut = RenderEditor(paperId);
        cut.Find("#paper-title").Change("A Tiny Detector, Revised");

        cut.Find("form").Submit();

        cut.WaitForAssertion(() => Assert.Equal("Saved.", cut.Find(".notice").TextContent));
        Assert.Equal("A Tiny Detector, Revised", Title());
    }

    [Fact]
    public void ShouldAddRemoveAndReorderLinksLive()
    {
        var cut = RenderEditor(paperId);

        cut.Find("button.link-add, .links-editor > button").Click();
        cut.Find("#link-label-1").Change("Github");
        cut.Find("#link-url-1").Change("https://github.com/tiny/detector");
        cut.Find("button[aria-label='Move link 2 up']").Click();

        Assert.Equal("https://github.com/tiny/detector", cut.Find("#link-url-0").GetAttribute("value"));
        cut.Find("button[aria-label='Remove link 2']").Click();
        Assert.Single(cut.FindAll(".link-row"));
        Assert.Equal("Unsaved changes", cut.Find(".form-actions [role=status]").TextContent);
    }

    [Fact]
    public void ShouldShowBothVersionsWhenSomeoneElseSavedMeanwhile()
    {
        var cut = RenderEditor(paperId);
        SaveAsSomeoneElse(f => f.Title = "Their title");
        cut.Find("#paper-abstract").Change("My abstract.");

        cut.Find("form").Submit();

        var conflict = cut.WaitForElement(".conflict");
        Assert.Contains("Their saved version", conflict.TextContent);
        Assert.Contains("Your unsaved version", conflict.TextContent);
        Assert.Equal(["Their title", "一个很小的检测器."], cut.FindAll(".conflict td.theirs").Select(td => td.TextContent));
        Assert.Equal(["A Tiny Detector", "My abstract."], cut.FindAll(".conflict td.mine").Select(td => td.TextContent));
        Assert.Equal(["Keep mine (overwrite)", "Take theirs (discard mine)"], cut.FindAll(".conflict-actions button").Select(b => b.TextContent));
        Assert.Equal("Their title", Title()); // nothing was overwritten
    }

    [Fact]
    public void ShouldOverwriteWhenKeepingMine()
    {
        var cut = RenderEditor(paperId);
        SaveAsSomeoneElse(f => f.Title = "Their title");
        cut.Find("#paper-abstract").Change("My abstract.");
        cut.Find("form").Submit();

        cut.WaitForElement(".conflict-actions button").Click();

        cut.WaitForAssertion(() => Assert.Empty(cut.FindAll(".conflict")));
        Assert.Equal(("A Tiny Detector", "My abstract."), TitleAndAbstract());
    }

    [Fact]
    public void ShouldLoadTheirVersionWhenTakingTheirs()
    {
        var cut = RenderEditor(paperId);
        SaveAsSomeoneElse(f => f.Title = "Their title");
        cut.Find("#paper-abstract").Change("My abstract.");
        cut.Find("form").Submit();

        cut.WaitForElements(".conflict-actions button")[1].Click();

        Assert.Empty(cut.FindAll(".conflict"));
        Assert.Equal("Their title", cut.Find("#paper-title").GetAttribute("value"));
        Assert.Equal(("Their title", "一个很小的检测器."), TitleAndAbstract());
    }

    [Fact]
    public void ShouldCreateOnePaperWhenSaveIsSubmittedTwice()
    {
        var cut = Render<PaperEditorForm>();
        cut.WaitForElement("#paper-title");
        cut.Find("#paper-title").Change("A Second Detector");
        cut.Find("#paper-category").Change(CategoryId().ToString(System.Globalization.CultureInfo.InvariantCulture));

        cut.Find("form").Submit();
        cut.Find("form").Submit();

        using var db = catalog.CreateDbContext();
        Assert.Equal(1, db.Papers.Count(p => p.Title == "A Second Detector"));
        var id = db.Papers.Single(p => p.Title == "A Second Detector").Id;
        Assert.EndsWith($"/admin/papers/{id}?created=true", Services.GetRequiredService<NavigationManager>().Uri, StringComparison.Ordinal);
    }

    [Fact]
    public void ShouldAskBeforeLeavingWithUnsavedChanges()
    {
        var confirm = JSInterop.Setup<bool>("confirm", _ => true).SetResult(false);
        var navigation = Services.GetRequiredService<NavigationManager>();
        var cut = RenderEditor(paperId);
        var before = navigation.Uri;
        cut.Find("#paper-title").Change("Unsaved");

        navigation.NavigateTo("/papers");

        Assert.Single(confirm.Invocations);
        Assert.Equal(before, navigation.Uri);
    }

    [Fact]
    public void ShouldLeaveWithoutAskingWhenNothingChanged()
    {
        var confirm = JSInterop.Setup<bool>("confirm", _ => true).SetResult(false);
        var navigation = Services.GetRequiredService<NavigationManager>();
        RenderEditor(paperId);

        navigation.NavigateTo("/papers");

        Assert.Empty(confirm.Invocations);
        Assert.EndsWith("/papers", navigation.Uri, StringComparison.Ordinal);
    }

    private void SaveAsSomeoneElse(Action<PaperForm> change)
    {
        var editor = Services.GetRequiredService<PaperEditor>();
        var loaded = editor.LoadAsync(paperId).GetAwaiter().GetResult()!;
        change(loaded.Form);
        Assert.IsType<PaperSaved>(editor.UpdateAsync(paperId, loaded.Form, "grace@example.org").GetAwaiter().GetResult());
    }

    private string Title() => TitleAndAbstract().Title;

    private (string Title, string Abstract) TitleAndAbstract()
    {
        using var db = catalog.CreateDbContext();
        var paper = db.Papers.Single(p => p.Id == paperId);
        return (paper.Title, paper.Abstract);
    }

    private int CategoryId()
    {
        using var db = catalog.CreateDbContext();
        return db.Categories.Single().Id;
    }
}
