using System.Security.Claims;
using System.Security.Cryptography;
using System.Text;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;
using Ukc.ServiceDefaults.Auth;

namespace Ukc.Gateway.Accounts;

/// <summary>A telephony integration proves itself with its key in <c>X-Api-Key</c> (<c>Gateway:Pbx:Keys:{integration}</c>).</summary>
public sealed class PbxKeys(IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder, IConfiguration configuration)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "pbx-key";
    public const string KeyHeader = "X-Api-Key";
    public const string Section = "Gateway:Pbx:Keys";

    protected override Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        if (!Request.Headers.TryGetValue(KeyHeader, out var sent) || sent.Count != 1)
        {
            return Task.FromResult(AuthenticateResult.NoResult());
        }

        var key = Encoding.UTF8.GetBytes(sent[0]!);
        foreach (var integration in configuration.GetSection(Section).GetChildren())
        {
            if (integration.Value is { Length: >= ServiceTokens.MinimumKeyLength } expected
                && CryptographicOperations.FixedTimeEquals(key, Encoding.UTF8.GetBytes(expected)))
            {
                var identity = new ClaimsIdentity([new Claim(ClaimTypes.Name, $"pbx:{integration.Key}"), new Claim(ClaimTypes.Role, Roles.Pbx)], SchemeName);
                return Task.FromResult(AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), SchemeName)));
            }
        }

        return Task.FromResult(AuthenticateResult.Fail("Unknown PBX key."));
    }
}
