using System.Security.Claims;
using System.Text;
using Microsoft.Extensions.Configuration;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Ukc.ServiceDefaults.Auth;

/// <summary>
/// The short-lived token the gateway signs for every request it forwards, and every service checks: who calls
/// (<c>sub</c>) and in what role (<c>role</c>). The key is shared by the AppHost (<c>Auth:ServiceTokenKey</c>).
/// </summary>
public static class ServiceTokens
{
    public const string KeySetting = "Auth:ServiceTokenKey";
    public const string Issuer = "ukc-gateway";
    public const string Audience = "ukc-services";
    public const string NameClaim = "sub";
    public const string RoleClaim = "role";

    /// <summary>Long enough for a request to reach its service and short enough that a copied token is soon worthless.</summary>
    public static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(2);

    public const int MinimumKeyLength = 32;

    public static SymmetricSecurityKey SigningKey(IConfiguration configuration)
    {
        var key = configuration[KeySetting];
        if (key is null || key.Length < MinimumKeyLength)
        {
            throw new InvalidOperationException(
                $"{KeySetting} must be set to a secret of at least {MinimumKeyLength} characters, the same for the gateway and every service (the AppHost's parameter service-token-key).");
        }

        return new SymmetricSecurityKey(Encoding.UTF8.GetBytes(key));
    }

    private static readonly JsonWebTokenHandler Handler = new() { SetDefaultTimesOnTokenCreation = false };

    /// <summary>A token for <paramref name="name"/> in <paramref name="roles"/>, valid from <paramref name="now"/> for <see cref="Lifetime"/>.</summary>
    public static string Create(SymmetricSecurityKey key, string name, IEnumerable<string> roles, DateTimeOffset now) =>
        Handler.CreateToken(new SecurityTokenDescriptor
        {
            Issuer = Issuer,
            Audience = Audience,
            Subject = new ClaimsIdentity([new Claim(NameClaim, name), .. roles.Select(role => new Claim(RoleClaim, role))]),
            IssuedAt = now.UtcDateTime,
            NotBefore = now.UtcDateTime,
            Expires = (now + Lifetime).UtcDateTime,
            SigningCredentials = new SigningCredentials(key, SecurityAlgorithms.HmacSha256),
        });
}
