using System.Security.Claims;
using System.Security.Cryptography;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Integration.Tests;

/// <summary>
/// A minimal OpenID Connect issuer on the loopback, standing in for Keycloak or Entra ID: its discovery
/// document and signing key, and the access tokens it would give the people who sign in at it.
/// </summary>
public sealed class TestIssuer : IAsyncDisposable
{
    public const string ClientId = "ukc-gateway-of-the-tests";

    private readonly RsaSecurityKey key = new(RSA.Create(2048)) { KeyId = "tests-1" };
    private readonly WebApplication app;

    private TestIssuer(WebApplication app) => this.app = app;

    public string Authority { get; private set; } = "";

    public string AuthorizationEndpoint => $"{Authority}/authorize";

    public static async Task<TestIssuer> StartAsync()
    {
        var issuer = new TestIssuer(LoopbackServer.CreateBuilder().Build());
        issuer.app.MapGet("/.well-known/openid-configuration", () => Results.Json(new Dictionary<string, object>
        {
            ["issuer"] = issuer.Authority,
            ["jwks_uri"] = $"{issuer.Authority}/jwks",
            ["authorization_endpoint"] = issuer.AuthorizationEndpoint,
            ["token_endpoint"] = $"{issuer.Authority}/token",
            ["response_types_supported"] = new[] { "code" },
            ["subject_types_supported"] = new[] { "public" },
            ["id_token_signing_alg_values_supported"] = new[] { "RS256" },
        }));
        issuer.app.MapGet("/jwks", () => Results.Json(new { keys = new[] { Public(issuer.key) } }));
        issuer.Authority = await LoopbackServer.StartAsync(issuer.app);
        return issuer;
    }

    /// <summary>An access token for <paramref name="name"/> with <paramref name="roles"/>, as the provider would sign it unless told otherwise.</summary>
    public string Token(string name, string[] roles, string audience = ClientId, DateTimeOffset? expires = null, SecurityKey? signedWith = null)
    {
        var now = DateTimeOffset.UtcNow;
        var claims = new Dictionary<string, object> { ["preferred_username"] = name, ["roles"] = roles };
        return new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = Authority,
            Audience = audience,
            Subject = new ClaimsIdentity([new Claim("sub", $"subject-of-{name}")]),
            Claims = claims,
            NotBefore = (expires ?? now.AddMinutes(5)).AddMinutes(-10).UtcDateTime,
            IssuedAt = (expires ?? now.AddMinutes(5)).AddMinutes(-10).UtcDateTime,
            Expires = (expires ?? now.AddMinutes(5)).UtcDateTime,
            SigningCredentials = new SigningCredentials(signedWith ?? key, SecurityAlgorithms.RsaSha256),
        });
    }

    public static RsaSecurityKey AnotherKey() => new(RSA.Create(2048)) { KeyId = "tests-1" };

    public ValueTask DisposeAsync() => app.DisposeAsync();

    private static JsonWebKey Public(RsaSecurityKey key)
    {
        var parameters = key.Rsa.ExportParameters(includePrivateParameters: false);
        return JsonWebKeyConverter.ConvertFromRSASecurityKey(new RsaSecurityKey(parameters) { KeyId = key.KeyId });
    }
}
