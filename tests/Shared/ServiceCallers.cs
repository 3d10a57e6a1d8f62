using System.Net.Http.Headers;
using System.Text;
using Microsoft.IdentityModel.Tokens;
using Ukc.ServiceDefaults.Auth;

namespace Ukc.Testing;

/// <summary>Calls to a service as the gateway makes them: with its signed token for a caller, here with a key only the tests use.</summary>
public static class ServiceCallers
{
    public const string Key = "the-key-only-the-tests-sign-with-0123456789abcdef";

    public static readonly SymmetricSecurityKey SigningKey = new(Encoding.UTF8.GetBytes(Key));

    public static string Token(string name, params string[] roles) => ServiceTokens.Create(SigningKey, name, roles, DateTimeOffset.UtcNow);

    /// <summary>The client from now on calls as <paramref name="name"/> in <paramref name="roles"/>.</summary>
    public static HttpClient As(this HttpClient client, string name, params string[] roles)
    {
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", Token(name, roles));
        return client;
    }

    public static HttpClient AsSupervisor(this HttpClient client) => client.As("supervisor-1", Roles.Supervisor, Roles.Admin);
}
