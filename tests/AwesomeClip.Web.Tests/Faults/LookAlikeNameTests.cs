using AwesomeClip.Web.Accounts;
using System.Net;
using AwesomeClip.Web.Admin;
using AwesomeClip.Web.Tests.TestSupport;

namespace AwesomeClip.Web.Tests.Faults;

/// <summary>Names that read like another one (bidi controls, zero-width characters) are refused where names are typed.</summary>
public sealed class LookAlikeNameTests(SharedApp app) : IClassFixture<SharedApp>
{
    [Theory]
    [InlineData("Tr\u200Bain")]
    [InlineData("\u202Eniart")]
    [InlineData("Train\u200D")]
    public async Task ShouldRefuseACategoryNameWithAnInvisibleCharacter(string name)
    {
        var editor = app.Factory.CreateEditorClient();

        var response = await editor.PostFormAsync("/admin/categories", "create-category", ("Name", name));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("contains an invisible character", await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
        Assert.DoesNotContain(name, await app.Client.GetStringAsync("/api/categories", TestContext.Current.CancellationToken), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ShouldRefuseAUserEmailWithAnInvisibleCharacter()
    {
        var admin = await SignIn.SignedInClientAsync(app.Factory, Roles.Admin);

        var response = await admin.PostFormAsync("/admin/users", "add-user",
            ("Add.Email", "ad\u200Bmin@example.org"), ("Add.Role", Roles.Admin), ("Add.Password", "Tangerine-Viaduct-42"));

        Assert.Contains("contains an invisible character", await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
    }
}
