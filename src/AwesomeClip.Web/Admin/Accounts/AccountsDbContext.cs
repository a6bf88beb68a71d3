using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace AwesomeClip.Web.Admin.Accounts;

/// <summary>
/// Identity's tables in the catalog's SQLite file. The catalog (Core) and the accounts (Web) are two contexts with
/// their own migrations and history tables, so Core stays free of ASP.NET.
/// </summary>
public sealed class AccountsDbContext(DbContextOptions<AccountsDbContext> options) : IdentityDbContext<AppUser>(options)
{
    public const string MigrationsHistoryTable = "__EFMigrationsHistory_Accounts";

    public static void Configure(DbContextOptionsBuilder options, string connectionString) =>
        options.UseSqlite(connectionString, o => o.MigrationsHistoryTable(MigrationsHistoryTable));
}
