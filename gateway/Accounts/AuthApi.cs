using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.BearerToken;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using Ukc.Contracts;
using Ukc.Gateway.Protection;
using Ukc.ServiceDefaults.Auth;
using Ukc.ServiceDefaults.Http;

namespace Ukc.Gateway.Accounts;

/// <summary>Signing in (a cookie for browsers, bearer tokens for API clients) and, for admins, the user accounts.</summary>
public static class AuthApi
{
    public static IEndpointRouteBuilder MapAuthApi(this IEndpointRouteBuilder app)
    {
        var auth = app.MapGroup("/api/auth").WithTags("Sign-in");
        auth.MapPost("/token", (Credentials body, StaffSignIn signIn, HttpResponse response) =>
            SignInAsync(body, signIn, IdentityConstants.BearerScheme, response)).RequireRateLimiting(RateLimits.SignIns);
        auth.MapPost("/signin", (Credentials body, StaffSignIn signIn, HttpResponse response) =>
            SignInAsync(body, signIn, IdentityConstants.ApplicationScheme, response)).RequireRateLimiting(RateLimits.SignIns);
        auth.MapPost("/refresh", RefreshAsync);
        auth.MapAntiforgeryToken();
        auth.MapPost("/signout", async (SignInManager<IdentityUser> signIn, HttpResponse response) =>
        {
            await signIn.SignOutAsync();
            response.Cookies.Delete(ExternalProvider.CookieName);
            return TypedResults.NoContent();
        });
        auth.MapGet("/provider/signin", ProviderSignIn);
        auth.MapGet("/me", (ClaimsPrincipal user) => user.Identity?.IsAuthenticated == true
            ? Results.Ok(new Caller(user.Identity.Name!, [.. Roles.OfAccounts.Where(user.IsInRole)]))
            : Results.Unauthorized());

        var users = auth.MapGroup("/users").RequireAuthorization(policy => policy.RequireRole(Roles.Admin));
        users.MapGet("/", ListUsersAsync);
        users.MapPost("/", CreateUserAsync);
        users.MapPut("/{userName}/roles", SetRolesAsync);
        return app;
    }

    private static async Task<Results<EmptyHttpResult, ProblemHttpResult, ValidationProblem>> SignInAsync(
        Credentials body, StaffSignIn signIn, string scheme, HttpResponse response)
    {
        if (string.IsNullOrEmpty(body.UserName) || string.IsNullOrEmpty(body.Password))
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["credentials"] = ["A user name and a password are both needed."] });
        }

        var outcome = await signIn.SignInAsync(body.UserName, body.Password, scheme);
        if (outcome.Succeeded)
        {
            return TypedResults.Empty; // the scheme wrote the cookie or the tokens
        }

        if (outcome.LockedFor is { } lockedFor)
        {
            RetryAfter.Set(response, lockedFor);
            return TypedResults.Problem(title: "Too many failed sign-ins", detail: "The account is locked for a while; try again after the time in Retry-After.",
                statusCode: StatusCodes.Status429TooManyRequests);
        }

        return TypedResults.Problem(title: "Wrong user name or password", statusCode: StatusCodes.Status401Unauthorized);
    }

    /// <summary>Sends the browser to the OpenID Connect provider, to come back signed in to <paramref name="returnUrl"/> on this site.</summary>
    private static Results<ChallengeHttpResult, NotFound> ProviderSignIn(HttpContext context, string? returnUrl) =>
        ExternalProvider.IsConfigured(context)
            ? TypedResults.Challenge(
                new AuthenticationProperties { RedirectUri = returnUrl is ['/', not '/' and not '\\', ..] or "/" ? returnUrl : "/" },
                [ExternalProvider.SignInScheme])
            : TypedResults.NotFound();

    private static async Task<Results<SignInHttpResult, ChallengeHttpResult>> RefreshAsync(
        RefreshRequest body, SignInManager<IdentityUser> signIn, IOptionsMonitor<BearerTokenOptions> bearer, TimeProvider time)
    {
        var ticket = bearer.Get(IdentityConstants.BearerScheme).RefreshTokenProtector.Unprotect(body.RefreshToken);
        if (ticket?.Properties.ExpiresUtc is not { } expires || time.GetUtcNow() >= expires
            || await signIn.ValidateSecurityStampAsync(ticket.Principal) is not { } user)
        {
            return TypedResults.Challenge();
        }

        return TypedResults.SignIn(await signIn.CreateUserPrincipalAsync(user), authenticationScheme: IdentityConstants.BearerScheme);
    }

    /// <summary>Every account with its roles, by name.</summary>
    private static async Task<Ok<List<Caller>>> ListUsersAsync(UserManager<IdentityUser> accounts)
    {
        var callers = new List<Caller>();
        foreach (var user in accounts.Users.OrderBy(u => u.UserName).ToList())
        {
            callers.Add(new Caller(user.UserName!, [.. await accounts.GetRolesAsync(user)]));
        }

        return TypedResults.Ok(callers);
    }

    private static async Task<Results<Created<Caller>, ValidationProblem>> CreateUserAsync(
        NewUser body, UserManager<IdentityUser> accounts, AccountsDb db, AccountsOutbox outbox, ClaimsPrincipal admin)
    {
        var roles = body.Roles ?? [];
        if (roles.Except(Roles.OfAccounts).ToList() is [_, ..] unknown)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["roles"] = [$"Unknown roles {string.Join(", ", unknown)}; known: {string.Join(", ", Roles.OfAccounts)}."] });
        }

        var user = new IdentityUser(body.UserName ?? "");
        await using (var transaction = await db.Database.BeginTransactionAsync())
        {
            var created = await accounts.CreateAsync(user, body.Password ?? "");
            if (!created.Succeeded)
            {
                return TypedResults.ValidationProblem(created.Errors.GroupBy(e => e.Code.Contains("Password", StringComparison.Ordinal) ? "password" : "userName")
                    .ToDictionary(g => g.Key, g => g.Select(e => e.Description).ToArray()));
            }

            await accounts.AddToRolesAsync(user, roles);
            await outbox.AddAsync(new AccountChanged(user.UserName!, roles, Created: true, outbox.Now), admin.Identity!.Name!);
            await transaction.CommitAsync();
        }

        outbox.Written();
        return TypedResults.Created($"/api/auth/users/{user.UserName}", new Caller(user.UserName!, roles));
    }

    private static async Task<Results<Ok<Caller>, NotFound, ValidationProblem>> SetRolesAsync(
        string userName, string[] roles, UserManager<IdentityUser> accounts, AccountsDb db, AccountsOutbox outbox, ClaimsPrincipal admin)
    {
        if (roles.Except(Roles.OfAccounts).ToList() is [_, ..] unknown)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["roles"] = [$"Unknown roles {string.Join(", ", unknown)}."] });
        }

        if (await accounts.FindByNameAsync(userName) is not { } user)
        {
            return TypedResults.NotFound();
        }

        await using (var transaction = await db.Database.BeginTransactionAsync())
        {
            await accounts.RemoveFromRolesAsync(user, await accounts.GetRolesAsync(user));
            await accounts.AddToRolesAsync(user, roles);
            await accounts.UpdateSecurityStampAsync(user);
            await outbox.AddAsync(new AccountChanged(userName, roles, Created: false, outbox.Now), admin.Identity!.Name!);
            await transaction.CommitAsync();
        }

        outbox.Written();
        return TypedResults.Ok(new Caller(userName, roles));
    }
}
