using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Tokens;
using Ukc.Contracts;

namespace Ukc.Gateway.Accounts;

/// <summary>The OpenID Connect provider (Keycloak, Entra ID) people may sign in with, beside the gateway's own accounts.</summary>
public sealed class ExternalProviderOptions
{
    public const string Section = "Auth";

    /// <summary>The provider's issuer address; none, and only the gateway's own accounts sign in.</summary>
    public string? Authority { get; set; }

    /// <summary>The gateway's client at the provider: the audience its access tokens must name.</summary>
    public string? ClientId { get; set; }

    public string? ClientSecret { get; set; }

    /// <summary>The claim with the user name; an operator's must be their roster id.</summary>
    public string NameClaim { get; set; } = "preferred_username";

    /// <summary>The claim with the roles: <c>operator</c>, <c>supervisor</c>, <c>admin</c>.</summary>
    public string RoleClaim { get; set; } = "roles";

    public bool RequireHttpsMetadata { get; set; } = true;

    public bool IsConfigured => !string.IsNullOrEmpty(Authority);
}

/// <summary>
/// With <c>Auth:Authority</c> set, API clients may send the provider's access tokens (JWTs naming <c>Auth:ClientId</c>)
/// as bearer tokens, and browsers sign in through the provider at <c>/api/auth/provider/signin</c> (authorization
/// code with PKCE) into a session cookie of its own.
/// </summary>
public static class ExternalProvider
{
    public const string BearerScheme = "provider-bearer";
    public const string CookieScheme = "provider-cookie";
    public const string SignInScheme = "provider";
    public const string CookieName = "ukc.provider";
    public const string CallbackPath = "/api/auth/provider/callback";

    public static AuthenticationBuilder AddExternalProvider(this AuthenticationBuilder auth, WebApplicationBuilder builder)
    {
        var section = builder.Configuration.GetSection(ExternalProviderOptions.Section);
        builder.Services.Configure<ExternalProviderOptions>(section);
        var provider = section.Get<ExternalProviderOptions>() ?? new();
        if (!provider.IsConfigured)
        {
            return auth;
        }

        if (string.IsNullOrEmpty(provider.ClientId))
        {
            throw new InvalidOperationException("Auth:Authority is set but Auth:ClientId is not.");
        }

        void Claims(TokenValidationParameters validation)
        {
            validation.NameClaimType = provider.NameClaim;
            validation.RoleClaimType = provider.RoleClaim;
        }

        auth.AddJwtBearer(BearerScheme, jwt =>
        {
            jwt.Authority = provider.Authority;
            jwt.Audience = provider.ClientId;
            jwt.RequireHttpsMetadata = provider.RequireHttpsMetadata;
            jwt.MapInboundClaims = false;
            Claims(jwt.TokenValidationParameters);
        });
        auth.AddCookie(CookieScheme, cookie => AccountsSetup.Session(cookie, CookieName, builder.Environment));
        auth.AddOpenIdConnect(SignInScheme, oidc =>
        {
            oidc.Authority = provider.Authority;
            oidc.ClientId = provider.ClientId;
            oidc.ClientSecret = provider.ClientSecret;
            oidc.RequireHttpsMetadata = provider.RequireHttpsMetadata;
            oidc.ResponseType = "code";
            oidc.UsePkce = true;
            oidc.SignInScheme = CookieScheme;
            oidc.CallbackPath = CallbackPath;
            oidc.MapInboundClaims = false;
            Claims(oidc.TokenValidationParameters);
            oidc.Events.OnTokenValidated = RecordSignInAsync;
        });
        return auth;
    }

    public static bool IsConfigured(HttpContext context) =>
        context.RequestServices.GetRequiredService<IOptions<ExternalProviderOptions>>().Value.IsConfigured;

    /// <summary>A sign-in at the provider is in the audit trail like one with a password.</summary>
    private static async Task RecordSignInAsync(TokenValidatedContext context)
    {
        var name = context.Principal?.Identity?.Name ?? "";
        var outbox = context.HttpContext.RequestServices.GetRequiredService<AccountsOutbox>();
        await outbox.AddAsync(new SignInAttempted(name, SignInOutcomes.SignedIn, outbox.Now), name);
        outbox.Written();
    }
}
