using AwesomeClip.Core.Storage;
using AwesomeClip.Web.Storage;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Components.Endpoints;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace AwesomeClip.Web.Accounts;

public static class AccountsServiceCollectionExtensions
{
    /// <summary>Users and roles in the catalog database: what the <c>users</c> command needs.</summary>
    public static IServiceCollection AddAccountStore(this IServiceCollection services)
    {
        AddIdentityStore(services);
        return services;
    }

    /// <summary>Cookie sign-in, lockout, the sign-in rate limit, admin policies and the auth state of interactive pages.</summary>
    public static IServiceCollection AddAccounts(this IServiceCollection services, IHostEnvironment environment)
    {
        services.AddOptions<AccountOptions>()
            .BindConfiguration(AccountOptions.Section)
            .ValidateDataAnnotations()
            .ValidateOnStart();

        services.AddAuthentication(IdentityConstants.ApplicationScheme).AddIdentityCookies();
        AddIdentityStore(services).AddSignInManager();
        services.AddOptions<CookieAuthenticationOptions>(IdentityConstants.ApplicationScheme)
            .Configure<IOptions<AccountOptions>>((o, accounts) => ConfigureCookie(o, accounts.Value, environment));
        // Check the security stamp on every request: a removed role, a lock or a removal takes effect at once.
        services.Configure<SecurityStampValidatorOptions>(o => o.ValidationInterval = TimeSpan.Zero);

        services.AddAuthorizationBuilder().AddAdminPolicies();
        services.AddCascadingAuthenticationState();
        services.AddScoped<AuthenticationStateProvider, RevalidatingIdentityStateProvider>();
        services.AddScoped<IActingUser, ActingUser>();

        services.AddScoped<AccountSignIn>();
        services.AddSignInRateLimit();
        return services;
    }

    private static IdentityBuilder AddIdentityStore(IServiceCollection services)
    {
        services.AddProviderDbContext<AccountsDbContext, SqliteAccountsDbContext, PostgreSqlAccountsDbContext>(AccountsDbContext.MigrationsHistoryTable);
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<AccountsInitializer>();
        services.TryAddScoped<UserAdministration>();
        services.TryAddSingleton<FailedSignIns>();
        services.AddLocalization(); // Identity's messages and the administration's in the reader's language, on the command line too
        services.TryAddSingleton<Localization.CoreMessageText>();
        return services.AddIdentityCore<AppUser>(ConfigureIdentity)
            .AddRoles<IdentityRole>()
            .AddEntityFrameworkStores<AccountsDbContext>()
            .AddErrorDescriber<LocalizedIdentityErrors>()
            .AddPasswordValidator<CommonPasswords>();
    }

    private static void ConfigureIdentity(IdentityOptions o)
    {
        o.User.RequireUniqueEmail = true;
        o.SignIn.RequireConfirmedAccount = false;
        o.SignIn.RequireConfirmedEmail = false;
        o.Password.RequiredLength = PasswordRules.MinLength;
        o.Password.RequiredUniqueChars = PasswordRules.MinUniqueCharacters;
        o.Lockout.AllowedForNewUsers = true;
        o.Lockout.MaxFailedAccessAttempts = SignInLimits.MaxFailedAttempts;
        o.Lockout.DefaultLockoutTimeSpan = SignInLimits.LockoutDuration;
    }

    private static void ConfigureCookie(CookieAuthenticationOptions o, AccountOptions accounts, IHostEnvironment environment)
    {
        o.LoginPath = "/Account/Login";
        o.LogoutPath = "/Account/Logout";
        o.AccessDeniedPath = "/Account/AccessDenied";
        o.Cookie.Name = "AwesomeClip.Auth";
        o.Cookie.HttpOnly = true;
        o.Cookie.SameSite = SameSiteMode.Lax;
        o.Cookie.SecurePolicy = environment.IsDevelopment() ? CookieSecurePolicy.SameAsRequest : CookieSecurePolicy.Always;
        o.ExpireTimeSpan = accounts.SessionIdleTimeout;
        o.SlidingExpiration = true;
        // Signing in on the login page redirects to its ReturnUrl: escaped, since a Location header takes ASCII only.
        o.Events.OnRedirectToReturnUrl = context =>
        {
            context.Response.Redirect(Safety.LocalUrl.OrHome(context.RedirectUri));
            return Task.CompletedTask;
        };
        // Pages redirect to the sign-in or access-denied page; endpoints (JSON, uploads) answer 401/403.
        o.Events.OnRedirectToLogin = context => IsPage(context.HttpContext)
            ? Redirect(context)
            : ProblemAsync(context.HttpContext, StatusCodes.Status401Unauthorized, "Sign in required.");
        o.Events.OnRedirectToAccessDenied = context => IsPage(context.HttpContext)
            ? Redirect(context)
            : ProblemAsync(context.HttpContext, StatusCodes.Status403Forbidden, "Your role does not allow this.");
    }

    private static bool IsPage(HttpContext http) => http.GetEndpoint()?.Metadata.GetMetadata<ComponentTypeMetadata>() is not null;

    private static Task Redirect(Microsoft.AspNetCore.Authentication.RedirectContext<CookieAuthenticationOptions> context)
    {
        context.Response.Redirect(context.RedirectUri);
        return Task.CompletedTask;
    }

    private static Task ProblemAsync(HttpContext http, int status, string title)
    {
        http.Response.StatusCode = status;
        return http.RequestServices.GetRequiredService<IProblemDetailsService>()
            .WriteAsync(new ProblemDetailsContext { HttpContext = http, ProblemDetails = { Status = status, Title = title } }).AsTask();
    }
}
