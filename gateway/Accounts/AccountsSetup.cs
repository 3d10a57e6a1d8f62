using Microsoft.AspNetCore.Authentication.BearerToken;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using Ukc.ServiceDefaults.Auth;
using Ukc.ServiceDefaults.Messaging;

namespace Ukc.Gateway.Accounts;

/// <summary>
/// Who calls the gateway: a browser with its session cookie, an API client with a bearer token from
/// <c>/api/auth/token</c>, a PBX with its key or signature; anyone else is a citizen.
/// </summary>
public static class AccountsSetup
{
    public const string Callers = "callers";
    public const string AdminPasswordSetting = "Gateway:Auth:AdminPassword";

    public static WebApplicationBuilder AddUkcAccounts(this WebApplicationBuilder builder)
    {
        builder.Services.AddDbContext<AccountsDb>(db => db.UseNpgsql(builder.Configuration.GetConnectionString(ConnectionNames.Reports)));
        // Every gateway reads the same keys, so a session or token made by one is good at all of them, and after a restart.
        builder.Services.AddDataProtection().SetApplicationName("ukc-gateway").PersistKeysToDbContext<AccountsDb>();
        builder.Services.AddIdentityApiEndpoints<IdentityUser>(identity =>
            {
                identity.Lockout.MaxFailedAccessAttempts = 5;
                identity.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(5);
                identity.Lockout.AllowedForNewUsers = true;
                // Length, not composition, makes a password hard to guess (NIST SP 800-63B).
                identity.Password.RequiredLength = 12;
                identity.Password.RequireNonAlphanumeric = false;
                identity.Password.RequireUppercase = false;
                identity.Password.RequireLowercase = false;
                identity.Password.RequireDigit = false;
                identity.User.AllowedUserNameCharacters = "abcdefghijklmnopqrstuvwxyz0123456789-._@";
            })
            .AddRoles<IdentityRole>()
            .AddEntityFrameworkStores<AccountsDb>();
        builder.Services.Configure<BearerTokenOptions>(IdentityConstants.BearerScheme, bearer =>
        {
            bearer.BearerTokenExpiration = TimeSpan.FromMinutes(15);
            bearer.RefreshTokenExpiration = TimeSpan.FromHours(12);
        });
        builder.Services.ConfigureApplicationCookie(cookie => Session(cookie, "ukc.session", builder.Environment));
        builder.Services.AddAuthentication(options => options.DefaultScheme = Callers)
            .AddPolicyScheme(Callers, "Cookie, bearer token or PBX key", policy => policy.ForwardDefaultSelector = context => SchemeOf(context.Request))
            .AddScheme<Microsoft.AspNetCore.Authentication.AuthenticationSchemeOptions, PbxKeys>(PbxKeys.SchemeName, null)
            .AddExternalProvider(builder);
        builder.Services.AddAuthorizationBuilder().AddStaffAndPbxPolicies();
        builder.Services.AddSingleton<ServiceTokenTransform>();
        builder.Services.AddSingleton<PbxSignatures>();
        builder.Services.AddScoped<AccountsOutbox>();
        builder.Services.AddScoped<StaffSignIn>();
        builder.Services.AddSingleton<AccountsOutboxSignal>();
        builder.Services.AddHostedService<AccountsOutboxDispatcher>();
        return builder;
    }

    /// <summary>
    /// How a request proves who sends it: a PBX key or signature; a bearer token, the provider's (a JWT) or the gateway's own;
    /// or else a session cookie, the provider's or the gateway's own.
    /// </summary>
    public static string SchemeOf(HttpRequest request) =>
        request.Headers.ContainsKey(PbxKeys.KeyHeader) || request.Headers.ContainsKey(PbxSignatures.Header) ? PbxKeys.SchemeName
        : request.Headers.Authorization.Count > 0
            ? (IsJwt(request.Headers.Authorization.ToString()) && ExternalProvider.IsConfigured(request.HttpContext) ? ExternalProvider.BearerScheme : IdentityConstants.BearerScheme)
        : request.Cookies.ContainsKey(ExternalProvider.CookieName) && ExternalProvider.IsConfigured(request.HttpContext) ? ExternalProvider.CookieScheme
        : IdentityConstants.ApplicationScheme;

    /// <summary>Whether the request is signed in with a session cookie, which a page of another site could make a browser send.</summary>
    public static bool BySessionCookie(HttpRequest request) =>
        SchemeOf(request) is var scheme && (scheme == IdentityConstants.ApplicationScheme || scheme == ExternalProvider.CookieScheme);

    // The gateway's own bearer tokens are protected data in base64url, which has no dots; a JWT has two.
    private static bool IsJwt(string authorization) => authorization.Count(c => c == '.') == 2;

    /// <summary>
    /// A browser's session cookie: 12 hours, out of scripts' reach, never sent by another site. An API answers 401/403;
    /// a page sends the browser to the sign-in page, or to the page that says this account may not open it.
    /// </summary>
    public static void Session(CookieAuthenticationOptions cookie, string name, IHostEnvironment environment)
    {
        cookie.Cookie.Name = name;
        cookie.Cookie.HttpOnly = true;
        cookie.Cookie.SameSite = SameSiteMode.Strict;
        cookie.Cookie.SecurePolicy = environment.IsDevelopment() ? CookieSecurePolicy.SameAsRequest : CookieSecurePolicy.Always;
        cookie.ExpireTimeSpan = TimeSpan.FromHours(12);
        cookie.LoginPath = "/signin";
        cookie.AccessDeniedPath = "/denied";
        cookie.Events.OnRedirectToLogin = context => IsApi(context.Request)
            ? Answer(context.Response, StatusCodes.Status401Unauthorized) : Redirect(context);
        cookie.Events.OnRedirectToAccessDenied = context => IsApi(context.Request)
            ? Answer(context.Response, StatusCodes.Status403Forbidden) : Redirect(context);
    }

    private static bool IsApi(HttpRequest request) => request.Path.StartsWithSegments("/api");

    private static Task Redirect(Microsoft.AspNetCore.Authentication.RedirectContext<CookieAuthenticationOptions> context)
    {
        context.Response.Redirect(context.RedirectUri);
        return Task.CompletedTask;
    }

    private static Task Answer(HttpResponse response, int status)
    {
        response.StatusCode = status;
        return Task.CompletedTask;
    }

    /// <summary>
    /// Makes Identity's tables, the accounts outbox and the keys' table on the first start (under a lock, for gateways starting together), and the first admin,
    /// <c>admin</c>, with the password of <see cref="AdminPasswordSetting"/> while no admin exists.
    /// </summary>
    public static async Task PrepareAccountsAsync(this WebApplication app)
    {
        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AccountsDb>();
        await using (var transaction = await db.Database.BeginTransactionAsync())
        {
            await db.Database.ExecuteSqlRawAsync("SELECT pg_advisory_xact_lock(hashtext('ukc-accounts'))");
            var exists = await db.Database.SqlQueryRaw<bool>(
                $"SELECT to_regclass('{AccountsDb.Schema}.\"AspNetUsers\"') IS NOT NULL AS \"Value\"").SingleAsync();
            if (!exists)
            {
                await db.Database.ExecuteSqlRawAsync(db.Database.GenerateCreateScript());
            }

            await db.Database.ExecuteSqlRawAsync(AccountsOutbox.CreateTable);
            await db.Database.ExecuteSqlRawAsync(AccountsDb.CreateKeysTable);

            await transaction.CommitAsync();
        }

        var roles = scope.ServiceProvider.GetRequiredService<RoleManager<IdentityRole>>();
        foreach (var role in Roles.OfAccounts)
        {
            if (!await roles.RoleExistsAsync(role))
            {
                await roles.CreateAsync(new IdentityRole(role));
            }
        }

        var users = scope.ServiceProvider.GetRequiredService<UserManager<IdentityUser>>();
        var password = app.Configuration[AdminPasswordSetting];
        if (password is not null && (await users.GetUsersInRoleAsync(Roles.Admin)).Count == 0)
        {
            var admin = await users.FindByNameAsync(Roles.Admin) ?? new IdentityUser(Roles.Admin);
            var created = admin.PasswordHash is null ? await users.CreateAsync(admin, password) : IdentityResult.Success;
            if (!created.Succeeded)
            {
                throw new InvalidOperationException($"The first admin could not be made: {string.Join(" ", created.Errors.Select(e => e.Description))}");
            }

            await users.AddToRolesAsync(admin, [Roles.Admin, Roles.Supervisor]);
        }
    }
}
