using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Policy;
using Microsoft.AspNetCore.Http;

namespace Ukc.ServiceDefaults.Auth;

/// <summary>
/// A citizen's token proves only that the request came through the gateway, not who sent it: where it is not
/// enough, the answer is 401 (sign in), as for no token at all, rather than 403 (not for you).
/// </summary>
public sealed class CitizensSignInFirst : IAuthorizationMiddlewareResultHandler
{
    private readonly AuthorizationMiddlewareResultHandler standard = new();

    public Task HandleAsync(RequestDelegate next, HttpContext context, AuthorizationPolicy policy, PolicyAuthorizationResult authorizeResult)
    {
        if (authorizeResult.Forbidden && context.User.IsInRole(Roles.Citizen))
        {
            authorizeResult = PolicyAuthorizationResult.Challenge();
        }

        return standard.HandleAsync(next, context, policy, authorizeResult);
    }
}
