using System.Security.Claims;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.IdentityModel.Tokens;

namespace Ukc.ServiceDefaults.Auth;

/// <summary>
/// Who may call a service's endpoints. Every request must carry the gateway's token, so one that comes round the
/// gateway gets 401; an endpoint group names the policy its callers need.
/// </summary>
public static class Access
{
    /// <summary>Anyone who came through the gateway, citizens too.</summary>
    public const string Anyone = "anyone";

    /// <summary>Operators, supervisors and admins: the people at work.</summary>
    public const string Staff = "staff";

    /// <summary>The people at work, and the other services, which ask in their own name.</summary>
    public const string StaffAndServices = "staff-and-services";

    public const string Supervisors = "supervisors";

    /// <summary>Supervisors, and the other services, which ask in their own name.</summary>
    public const string SupervisorsAndServices = "supervisors-and-services";

    public const string Admins = "admins";

    public const string Pbx = "pbx";

    /// <summary>The operator named by the route's <c>id</c>, and nobody else: accepting, declining, resolving, heartbeats.</summary>
    public const string TheOperator = "the-operator";

    /// <summary>The operator named by the route's <c>id</c>, or a supervisor who watches the floor and may put them on break.</summary>
    public const string TheOperatorOrSupervisor = "the-operator-or-supervisor";

    public static TBuilder AddUkcAccess<TBuilder>(this TBuilder builder) where TBuilder : IHostApplicationBuilder
    {
        var key = ServiceTokens.SigningKey(builder.Configuration);
        builder.Services.AddAuthentication(JwtBearerDefaults.AuthenticationScheme).AddJwtBearer(jwt =>
        {
            jwt.MapInboundClaims = false;
            jwt.TokenValidationParameters = new TokenValidationParameters
            {
                ValidIssuer = ServiceTokens.Issuer,
                ValidAudience = ServiceTokens.Audience,
                IssuerSigningKey = key,
                ValidAlgorithms = [SecurityAlgorithms.HmacSha256],
                NameClaimType = ServiceTokens.NameClaim,
                RoleClaimType = ServiceTokens.RoleClaim,
                ClockSkew = TimeSpan.FromSeconds(5),
            };
        });
        builder.Services.AddSingleton<IAuthorizationMiddlewareResultHandler, CitizensSignInFirst>();
        builder.Services.AddAuthorizationBuilder()
            .SetFallbackPolicy(new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build())
            .AddPolicy(Anyone, policy => policy.RequireAuthenticatedUser())
            .AddStaffAndPbxPolicies()
            .AddPolicy(StaffAndServices, policy => policy.RequireRole(Roles.Operator, Roles.Supervisor, Roles.Admin, Roles.Service))
            .AddPolicy(Supervisors, policy => policy.RequireRole(Roles.Supervisor, Roles.Admin))
            .AddPolicy(SupervisorsAndServices, policy => policy.RequireRole(Roles.Supervisor, Roles.Admin, Roles.Service))
            .AddPolicy(Admins, policy => policy.RequireRole(Roles.Admin))
            .AddPolicy(TheOperator, policy => policy.RequireRole(Roles.Operator).RequireAssertion(IsTheOperator))
            .AddPolicy(TheOperatorOrSupervisor, policy => policy.RequireAssertion(context =>
                context.User.IsSupervisor() || (context.User.IsInRole(Roles.Operator) && IsTheOperator(context))));
        return builder;
    }

    /// <summary>The rules the gateway also applies to whole routes before it forwards them.</summary>
    public static AuthorizationBuilder AddStaffAndPbxPolicies(this AuthorizationBuilder authorization) => authorization
        .AddPolicy(Staff, policy => policy.RequireRole(Roles.Operator, Roles.Supervisor, Roles.Admin))
        .AddPolicy(Pbx, policy => policy.RequireRole(Roles.Pbx));

    public static bool IsSupervisor(this ClaimsPrincipal user) => user.IsInRole(Roles.Supervisor) || user.IsInRole(Roles.Admin);

    /// <summary>The operator's own id, or null for anyone else.</summary>
    public static string? OperatorId(this ClaimsPrincipal user) => user.IsInRole(Roles.Operator) ? user.Identity?.Name : null;

    private static bool IsTheOperator(AuthorizationHandlerContext context) =>
        context.Resource is HttpContext http
        && http.Request.RouteValues.TryGetValue("id", out var id)
        && id is string operatorId
        && operatorId == context.User.Identity?.Name;

    public static WebApplication UseUkcAccess(this WebApplication app)
    {
        app.UseAuthentication();
        app.UseActingStaff();
        app.UseAuthorization();
        return app;
    }
}
