using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace AwesomeClip.Web.Admin.Accounts;

/// <summary>Lets <c>dotnet ef migrations add … --context AccountsDbContext</c> build the model without starting the app.</summary>
internal sealed class DesignTimeAccountsDbContextFactory : IDesignTimeDbContextFactory<AccountsDbContext>
{
    public AccountsDbContext CreateDbContext(string[] args)
    {
        var options = new DbContextOptionsBuilder<AccountsDbContext>();
        AccountsDbContext.Configure(options, "Data Source=design-time.db");
        return new AccountsDbContext(options.Options);
    }
}
