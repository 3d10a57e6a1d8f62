using System.Collections.Concurrent;
using System.Net.Http.Headers;
using System.Security.Claims;
using Microsoft.IdentityModel.Tokens;
using Ukc.ServiceDefaults.Auth;
using Yarp.ReverseProxy.Transforms;

namespace Ukc.Gateway.Accounts;

/// <summary>
/// Every forwarded request carries the gateway's signed token for its caller, a citizen's when nobody signed in,
/// and none of the caller's own credentials: the services never see cookies, bearer tokens or PBX keys.
/// </summary>
public sealed class ServiceTokenTransform(IConfiguration configuration, TimeProvider time)
{
    /// <summary>A token is signed again once it is half its lifetime old.</summary>
    private static readonly TimeSpan Reuse = ServiceTokens.Lifetime / 2;

    private readonly SymmetricSecurityKey key = ServiceTokens.SigningKey(configuration);
    private readonly ConcurrentDictionary<string, (string Token, DateTimeOffset SignedAt)> signed = new();

    public void Apply(RequestTransformContext context)
    {
        var headers = context.ProxyRequest.Headers;
        headers.Remove("Cookie");
        headers.Remove(PbxKeys.KeyHeader);
        headers.Remove(PbxSignatures.Header);
        headers.Authorization = new AuthenticationHeaderValue("Bearer", TokenFor(context.HttpContext.User));
    }

    /// <summary>The token for a request the gateway sends on its caller's behalf.</summary>
    public string TokenFor(ClaimsPrincipal user)
    {
        var (name, roles) = Caller(user);
        return TokenFor(name, roles);
    }

    /// <summary>The token for a request the gateway sends in its own name, such as a citizen's page asking how long the queue is.</summary>
    public string TokenForGateway() => TokenFor("gateway", [Roles.Service]);

    private string TokenFor(string name, string[] roles)
    {
        var cacheKey = $"{name}\n{string.Join(',', roles)}";
        var now = time.GetUtcNow();
        if (signed.TryGetValue(cacheKey, out var kept) && now - kept.SignedAt < Reuse)
        {
            return kept.Token;
        }

        var token = ServiceTokens.Create(key, name, roles, now);
        signed[cacheKey] = (token, now);
        return token;
    }

    private static (string Name, string[] Roles) Caller(ClaimsPrincipal user)
    {
        if (user.Identity is not { IsAuthenticated: true, Name: { } name })
        {
            return (Roles.Citizen, [Roles.Citizen]);
        }

        if (user.IsInRole(Roles.Pbx))
        {
            return (name, [Roles.Pbx]);
        }

        return (name, [.. Roles.OfAccounts.Where(user.IsInRole)]);
    }
}
