using System.Net;
using System.Net.Http.Json;
using Ukc.Contracts;

namespace Ukc.Gateway.Client.Api;

/// <summary>The gateway's <c>/api/auth</c>: who is signed in, signing out, and for admins the accounts.</summary>
public sealed class AccountsClient(HttpClient http)
{
    /// <summary>The person signed in with this browser's session, or null.</summary>
    public async Task<Caller?> MeAsync(CancellationToken cancellationToken = default)
    {
        using var response = await http.GetAsync("api/auth/me", cancellationToken);
        if (response.StatusCode == HttpStatusCode.Unauthorized)
        {
            return null;
        }

        await ApiProblem.ThrowUnlessSuccessAsync(response, cancellationToken);
        return await response.Content.ReadFromJsonAsync<Caller>(cancellationToken);
    }

    public async Task SignOutAsync()
    {
        using var response = await http.PostAsync("api/auth/signout", null);
        await ApiProblem.ThrowUnlessSuccessAsync(response);
    }

    /// <summary>Every account with its roles (admins only).</summary>
    public async Task<IReadOnlyList<Caller>> UsersAsync()
    {
        using var response = await http.GetAsync("api/auth/users");
        await ApiProblem.ThrowUnlessSuccessAsync(response);
        return (await response.Content.ReadFromJsonAsync<IReadOnlyList<Caller>>())!;
    }

    public async Task<Caller> CreateUserAsync(NewUser user)
    {
        using var response = await http.PostAsJsonAsync("api/auth/users", user);
        await ApiProblem.ThrowUnlessSuccessAsync(response);
        return (await response.Content.ReadFromJsonAsync<Caller>())!;
    }

    /// <summary>Replaces the account's roles.</summary>
    public async Task<Caller> SetRolesAsync(string userName, IReadOnlyList<string> roles)
    {
        using var response = await http.PutAsJsonAsync($"api/auth/users/{Uri.EscapeDataString(userName)}/roles", roles);
        await ApiProblem.ThrowUnlessSuccessAsync(response);
        return (await response.Content.ReadFromJsonAsync<Caller>())!;
    }
}
