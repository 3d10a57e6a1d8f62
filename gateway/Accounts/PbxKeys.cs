using System.Security.Claims;
using System.Security.Cryptography;
using System.Text;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;
using Ukc.ServiceDefaults.Auth;

namespace Ukc.Gateway.Accounts;

/// <summary>
/// A telephony integration proves itself with its key in <c>X-Api-Key</c> (<c>Gateway:Pbx:Keys:{integration}</c>),
/// or with a signature of the request made with its shared secret (<see cref="PbxSignatures"/>).
/// </summary>
public sealed class PbxKeys(
    IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder, IConfiguration configuration, PbxSignatures signatures)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "pbx-key";
    public const string KeyHeader = "X-Api-Key";
    public const string Section = "Gateway:Pbx:Keys";

    /// <summary>The largest body a signature is checked over: more than any route of the PBX takes.</summary>
    private const int MaxSignedBody = 64 * 1024;

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        if (Request.Headers.TryGetValue(PbxSignatures.Header, out var signature) && signature.Count == 1)
        {
            return await CheckSignatureAsync(signature[0]!);
        }

        if (!Request.Headers.TryGetValue(KeyHeader, out var sent) || sent.Count != 1)
        {
            return AuthenticateResult.NoResult();
        }

        var key = Encoding.UTF8.GetBytes(sent[0]!);
        foreach (var integration in configuration.GetSection(Section).GetChildren())
        {
            if (integration.Value is { Length: >= ServiceTokens.MinimumKeyLength } expected
                && CryptographicOperations.FixedTimeEquals(key, Encoding.UTF8.GetBytes(expected)))
            {
                return Success(integration.Key);
            }
        }

        return AuthenticateResult.Fail("Unknown PBX key.");
    }

    private async Task<AuthenticateResult> CheckSignatureAsync(string signature)
    {
        if (Request.ContentLength > MaxSignedBody)
        {
            return AuthenticateResult.Fail("The body is too large to be signed.");
        }

        // Read once here and again by the proxy that forwards it.
        Request.EnableBuffering(MaxSignedBody);
        using var body = new MemoryStream();
        await Request.Body.CopyToAsync(body, Context.RequestAborted);
        Request.Body.Position = 0;
        if (body.Length > MaxSignedBody)
        {
            return AuthenticateResult.Fail("The body is too large to be signed.");
        }

        var secrets = configuration.GetSection(PbxSignatures.Section).GetChildren().Select(s => KeyValuePair.Create(s.Key, s.Value));
        var (integration, failure) = signatures.Check(signature, secrets, Request.Method, $"{Request.Path}{Request.QueryString}", body.GetBuffer().AsSpan(0, (int)body.Length));
        return integration is null ? AuthenticateResult.Fail(failure!) : Success(integration);
    }

    private static AuthenticateResult Success(string integration)
    {
        var identity = new ClaimsIdentity([new Claim(ClaimTypes.Name, $"pbx:{integration}"), new Claim(ClaimTypes.Role, Roles.Pbx)], SchemeName);
        return AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), SchemeName));
    }
}
