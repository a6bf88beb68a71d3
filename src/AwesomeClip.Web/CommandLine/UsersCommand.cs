using AwesomeClip.Web.Admin;
using AwesomeClip.Web.Accounts;

namespace AwesomeClip.Web.CommandLine;

/// <summary><c>users add|list|remove|set-role</c>: the only way to create the first Admin (there is no registration).</summary>
internal sealed class UsersCommand : ICommand
{
    public const string PasswordVariable = "AWESOMECLIP_PASSWORD";

    public string Name => "users";

    public string Usage => """
        users add <email> --role Admin|Editor
        users list
        users remove <email>
        users set-role <email> Admin|Editor
        """;

    public string Summary =>
        $"Manage who can sign in. 'add' reads the password from standard input, or from {PasswordVariable} when it is set.";

    public async Task<int> RunAsync(CommandArguments args, IServiceProvider services, TextWriter stdout, TextWriter stderr)
    {
        var sub = args.Positional.Count > 0 ? args.Positional[0] : throw new CommandUsageException("users needs a subcommand: add, list, remove or set-role");
        args.ExpectOnly(sub == "add" ? ["role"] : []);

        await services.GetRequiredService<AccountsInitializer>().InitializeAsync();
        await using var scope = services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserAdministration>();
        return sub switch
        {
            "add" => await AddAsync(args, users, services.GetRequiredService<StandardInput>(), stdout, stderr),
            "list" => await ListAsync(args, users, stdout),
            "remove" => await ChangeAsync(args, 2, users, stderr, stdout, (id, _) => users.RemoveAsync(id, actingUserId: null), "removed"),
            "set-role" => await ChangeAsync(args, 3, users, stderr, stdout, (id, role) => users.SetRoleAsync(id, role!, actingUserId: null), "now has role {0}"),
            _ => throw new CommandUsageException($"unknown subcommand '{sub}'; use add, list, remove or set-role"),
        };
    }

    private static async Task<int> AddAsync(CommandArguments args, UserAdministration users, StandardInput stdin, TextWriter stdout, TextWriter stderr)
    {
        if (args.Positional.Count != 2) throw new CommandUsageException("users add takes one email");
        var role = ParseRole(args.Options.GetValueOrDefault("role") ?? throw new CommandUsageException("users add needs --role Admin or --role Editor"));
        var email = args.Positional[1];

        var password = Environment.GetEnvironmentVariable(PasswordVariable);
        if (string.IsNullOrEmpty(password)) password = stdin.ReadSecretLine(stderr, $"Password for {email}: ");
        if (string.IsNullOrEmpty(password))
        {
            stderr.WriteLine($"error: no password: pipe it to standard input or set {PasswordVariable}.");
            return 1;
        }

        var result = await users.AddAsync(email, role, password);
        if (!Report(result, stderr)) return 1;
        stdout.WriteLine($"Added {email.Trim()} with role {role}.");
        return 0;
    }

    private static async Task<int> ListAsync(CommandArguments args, UserAdministration users, TextWriter stdout)
    {
        if (args.Positional.Count != 1) throw new CommandUsageException("users list takes no arguments");
        var all = await users.ListAsync();
        if (all.Count == 0)
        {
            stdout.WriteLine("No users. Create the first Admin with: users add <email> --role Admin");
            return 0;
        }
        var width = all.Max(u => u.Email.Length);
        var now = DateTimeOffset.UtcNow;
        foreach (var u in all)
            stdout.WriteLine($"{u.Email.PadRight(width)}  {u.Role,-6}  {(u.IsLocked(now) ? $"locked until {u.LockedUntil:yyyy-MM-dd HH:mm} UTC" : "active")}");
        return 0;
    }

    private static async Task<int> ChangeAsync(
        CommandArguments args, int count, UserAdministration users, TextWriter stderr, TextWriter stdout,
        Func<string, string?, Task<AdminResult>> change, string done)
    {
        var sub = args.Positional[0];
        if (args.Positional.Count != count)
            throw new CommandUsageException(count == 2 ? $"users {sub} takes one email" : $"users {sub} takes an email and a role (Admin or Editor)");
        var role = count == 3 ? ParseRole(args.Positional[2]) : null;
        var email = args.Positional[1];

        var user = await users.FindByEmailAsync(email);
        if (user is null)
        {
            stderr.WriteLine($"error: there is no user with the email {email}.");
            return 1;
        }
        if (!Report(await change(user.Id, role), stderr)) return 1;
        stdout.WriteLine($"{user.Email} {string.Format(System.Globalization.CultureInfo.InvariantCulture, done, role)}.");
        return 0;
    }

    private static string ParseRole(string role) =>
        Roles.Parse(role) ?? throw new CommandUsageException($"unknown role '{role}'; the role must be {Roles.Admin} or {Roles.Editor}");

    private static bool Report(AdminResult result, TextWriter stderr)
    {
        foreach (var e in result.Errors) stderr.WriteLine($"error: {e}");
        return result.Succeeded;
    }
}
