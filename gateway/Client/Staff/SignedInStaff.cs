using System.Security.Claims;
using Microsoft.AspNetCore.Components.Authorization;
using Ukc.Gateway.Client.Api;

namespace Ukc.Gateway.Client.Staff;

/// <summary>Who uses the staff pages: the account of the browser's session cookie, as <c>/api/auth/me</c> names it.</summary>
public sealed class SignedInStaff(AccountsClient accounts) : AuthenticationStateProvider
{
    public override async Task<AuthenticationState> GetAuthenticationStateAsync()
    {
        var caller = await accounts.MeAsync();
        if (caller is null)
        {
            return new AuthenticationState(new ClaimsPrincipal(new ClaimsIdentity()));
        }

        var claims = caller.Roles.Select(role => new Claim(ClaimTypes.Role, role)).Prepend(new Claim(ClaimTypes.Name, caller.UserName));
        return new AuthenticationState(new ClaimsPrincipal(new ClaimsIdentity(claims, "session")));
    }
}
