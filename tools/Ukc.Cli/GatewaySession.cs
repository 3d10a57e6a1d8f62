using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text.Json;

namespace Ukc.Cli;

/// <summary>The tool at the gateway as a signed-in user: a bearer token from <c>/api/auth/token</c>.</summary>
public static class GatewaySession
{
    public const string AdminPasswordVariable = "UKC_ADMIN_PASSWORD";

    /// <summary>A client signed in as the admin, whose password is <c>--admin-password</c> or <c>UKC_ADMIN_PASSWORD</c>.</summary>
    public static Task<HttpClient> AsAdminAsync(Uri gateway, string? password) =>
        SignInAsync(gateway, "admin", password ?? Environment.GetEnvironmentVariable(AdminPasswordVariable)
            ?? throw new ArgumentException($"Give the admin's password with --admin-password or {AdminPasswordVariable}."));

    public static async Task<HttpClient> SignInAsync(Uri gateway, string userName, string password)
    {
        var client = new HttpClient { BaseAddress = gateway };
        using var response = await client.PostAsJsonAsync("/api/auth/token", new { userName, password });
        if (response.StatusCode != HttpStatusCode.OK)
        {
            client.Dispose();
            throw new InvalidOperationException($"{userName} could not sign in at {gateway}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        }

        var token = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("accessToken").GetString();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    /// <summary>Makes an account; one that exists already is left as it is.</summary>
    /// <returns>Whether the account was made.</returns>
    public static async Task<bool> AddUserAsync(HttpClient admin, string userName, string password, params string[] roles)
    {
        using var response = await admin.PostAsJsonAsync("/api/auth/users", new { userName, password, roles });
        if (response.StatusCode == HttpStatusCode.Created)
        {
            return true;
        }

        var problem = await response.Content.ReadAsStringAsync();
        if (response.StatusCode == HttpStatusCode.BadRequest && problem.Contains("is already taken", StringComparison.Ordinal))
        {
            return false;
        }

        throw new InvalidOperationException($"The account {userName} was not made: {(int)response.StatusCode} {problem}");
    }

    public static string NewPassword() => Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(12));
}
