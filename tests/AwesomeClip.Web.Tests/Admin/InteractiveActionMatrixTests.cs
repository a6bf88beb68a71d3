using System.Security.Claims;
using AwesomeClip.Core.Admin;
using AwesomeClip.Core.Catalog;
using AwesomeClip.Core.Storage;
using AwesomeClip.Web.Admin;
using AwesomeClip.Web.Accounts;
using AwesomeClip.Web.Admin.Papers;
using AwesomeClip.Web.Tests.TestSupport;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Components.Forms;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace AwesomeClip.Web.Tests.Admin;

/// <summary>
/// The authorisation matrix inside interactive components: the paper editor, on the real app's accounts and catalog,
/// driven as a circuit would drive it. A circuit keeps the user it started with, so each action (save, upload, trash,
/// keep mine) must re-check that user when it runs: anonymous circuits (replayed page markup), locked, signed-out and
/// role-less users do nothing; Editors and Admins do.
/// </summary>
public sealed class InteractiveActionMatrixTests(MatrixApp app) : IClassFixture<MatrixApp>
{
    public enum Caller { Anonymous, Editor, Admin, LockedEditor, SignedOutEditor, EditorWithoutRole }

    public enum Action { Save, Upload, Trash }

    public static TheoryData<Caller, Action, bool> Matrix()
    {
        var data = new TheoryData<Caller, Action, bool>();
        foreach (var caller in Enum.GetValues<Caller>())
        {
            foreach (var action in Enum.GetValues<Action>())
                data.Add(caller, action, caller is Caller.Editor or Caller.Admin);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Matrix))]
    public async Task ShouldLetOnlyCurrentEditorsAndAdminsActInTheEditor(Caller caller, Action action, bool allowed)
    {
        var paper = await NewPaperAsync();
        var (user, revoke) = await CallerAsync(caller);
        await revoke();
        using var host = new EditorHost(app.Factory, user);

        var cut = host.Render<PaperEditorForm>(p => p.Add(x => x.PaperId, paper));

        if (!allowed)
        {
            cut.WaitForElement("[role=alert] a[href='/Account/Login']");
            Assert.Empty(cut.FindAll("form"));
            Assert.Empty(cut.FindAll("input[type=file]"));
            return;
        }
        await ActAsync(cut, action, paper, expectDone: true);
    }

    public static TheoryData<Caller, Action> Revocations()
    {
        var data = new TheoryData<Caller, Action>();
        foreach (var caller in new[] { Caller.LockedEditor, Caller.SignedOutEditor, Caller.EditorWithoutRole })
        {
            foreach (var action in Enum.GetValues<Action>())
                data.Add(caller, action);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Revocations))]
    public async Task ShouldStopAnOpenEditorOnceItsUserIsRevoked(Caller revocation, Action action)
    {
        var paper = await NewPaperAsync();
        var (user, revoke) = await CallerAsync(revocation);
        using var host = new EditorHost(app.Factory, user);
        var cut = host.Render<PaperEditorForm>(p => p.Add(x => x.PaperId, paper));
        cut.WaitForElement("#paper-title");

        await revoke();

        await ActAsync(cut, action, paper, expectDone: false);
        cut.WaitForElement("[role=alert] a[href='/Account/Login']");
    }

    [Fact]
    public async Task ShouldNotKeepMineAfterTheUserWasSignedOut()
    {
        var paper = await NewPaperAsync();
        var (user, signOut) = await CallerAsync(Caller.SignedOutEditor);
        using var host = new EditorHost(app.Factory, user);
        var cut = host.Render<PaperEditorForm>(p => p.Add(x => x.PaperId, paper));
        cut.WaitForElement("#paper-title");
        var form = (await app.Factory.Get<PaperEditor>().LoadAsync(paper, TestContext.Current.CancellationToken))!.Form;
        form.Commentary = "theirs";
        await app.Factory.Get<PaperEditor>().UpdateAsync(paper, form, "someone else", ct: TestContext.Current.CancellationToken);
        cut.Find("#paper-commentary").Change("mine");
        cut.Find("form").Submit();
        cut.WaitForElement(".conflict");

        await signOut();
        cut.FindAll(".conflict button").Single(b => b.TextContent.StartsWith("Keep mine", StringComparison.Ordinal)).Click();

        cut.WaitForElement("[role=alert] a[href='/Account/Login']");
        Assert.Equal("theirs", (await app.Factory.Get<PaperEditor>().LoadAsync(paper, TestContext.Current.CancellationToken))!.Form.Commentary);
    }

    private async Task ActAsync(IRenderedComponent<PaperEditorForm> cut, Action action, int paper, bool expectDone)
    {
        var figures = app.Factory.Get<IOptions<StorageOptions>>().Value.FiguresDirectory;
        var before = Directory.Exists(figures) ? Directory.GetFiles(figures).Length : 0;
        var title = $"Renamed {Guid.NewGuid():N}";
        switch (action)
        {
            case Action.Save:
                cut.Find("#paper-title").Change(title);
                cut.Find("form").Submit();
                if (expectDone) cut.WaitForAssertion(() => Assert.Contains("Saved.", cut.Markup, StringComparison.Ordinal));
                break;
            case Action.Upload:
                cut.FindComponent<InputFile>().UploadFiles(InputFileContent.CreateFromBinary(Png(), "figure.png", contentType: "image/png"));
                if (expectDone) cut.WaitForAssertion(() => Assert.Single(cut.FindAll(".figure-row")));
                break;
            case Action.Trash:
                cut.FindAll("button.danger").Single(b => b.TextContent == "Move to trash").Click();
                if (expectDone) cut.WaitForAssertion(() => Assert.EndsWith("/admin/papers?trash=true", cut.Services.GetRequiredService<NavigationManager>().Uri, StringComparison.Ordinal));
                break;
        }
        if (!expectDone) cut.WaitForElement("[role=alert] a[href='/Account/Login']");

        var stored = (await app.Factory.Get<PaperEditor>().LoadAsync(paper))!;
        var after = Directory.Exists(figures) ? Directory.GetFiles(figures).Length : 0;
        var done = action switch
        {
            Action.Save => stored.Title == title,
            Action.Upload => after == before + 1,
            _ => stored.InTrash,
        };
        Assert.True(done == expectDone, $"{action} {(expectDone ? "did not happen" : "happened")}");
    }

    /// <summary>The caller's principal as its circuit holds it, and what (later) takes its rights away.</summary>
    private async Task<(ClaimsPrincipal User, Func<Task> Revoke)> CallerAsync(Caller caller)
    {
        if (caller == Caller.Anonymous) return (new ClaimsPrincipal(new ClaimsIdentity()), () => Task.CompletedTask);
        var (_, id) = await SignIn.CreateUserAsync(app.Factory, caller == Caller.Admin ? Roles.Admin : Roles.Editor);
        await using var scope = app.Factory.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var principal = await scope.ServiceProvider.GetRequiredService<SignInManager<AppUser>>().CreateUserPrincipalAsync((await users.FindByIdAsync(id))!);
        return (principal, async () =>
        {
            await using var later = app.Factory.Services.CreateAsyncScope();
            var manager = later.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
            var user = (await manager.FindByIdAsync(id))!;
            switch (caller)
            {
                case Caller.LockedEditor: Assert.True((await later.ServiceProvider.GetRequiredService<UserAdministration>().LockAsync(id, null)).Succeeded); break;
                case Caller.SignedOutEditor: await manager.UpdateSecurityStampAsync(user); break;
                case Caller.EditorWithoutRole: await manager.RemoveFromRoleAsync(user, Roles.Editor); break;
            }
        });
    }

    private async Task<int> NewPaperAsync()
    {
        await using var db = app.Factory.CreateDbContext();
        var category = await db.Categories.OrderBy(c => c.Order).Select(c => c.Id).FirstAsync();
        var saved = await app.Factory.Get<PaperEditor>().CreateAsync(new PaperForm { Title = $"Matrix paper {Guid.NewGuid():N}", CategoryId = category, Year = 2024 }, "test");
        return Assert.IsType<PaperSaved>(saved).PaperId;
    }

    private static byte[] Png() => File.ReadAllBytes(Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "seed", "images"), "*.png").OrderBy(f => new FileInfo(f).Length).First());

    /// <summary>A circuit of the paper editor: the real app's services, the given user as its authentication state.</summary>
    private sealed class EditorHost : BunitContext
    {
        public EditorHost(AppFactory app, ClaimsPrincipal user)
        {
            Services.AddSingleton<AuthenticationStateProvider>(new FixedState(user));
            Services.AddScoped<IActingUser>(sp => new ActingUser(sp.GetRequiredService<AuthenticationStateProvider>(),
                app.Services.GetRequiredService<IServiceScopeFactory>(), app.Services.GetRequiredService<IOptions<IdentityOptions>>(), NullLogger<ActingUser>.Instance));
            Services.AddFallbackServiceProvider(app.Services);
            JSInterop.Mode = JSRuntimeMode.Loose;
            JSInterop.Setup<bool>("confirm", _ => true).SetResult(true);
            SetRendererInfo(new RendererInfo("Server", isInteractive: true));
        }
    }

    private sealed class FixedState(ClaimsPrincipal user) : AuthenticationStateProvider
    {
        public override Task<AuthenticationState> GetAuthenticationStateAsync() => Task.FromResult(new AuthenticationState(user));
    }
}
