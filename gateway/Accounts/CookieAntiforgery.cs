using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Identity;

namespace Ukc.Gateway.Accounts;

/// <summary>
/// A browser signed in with the session cookie sends the antiforgery token of <c>GET /api/auth/antiforgery</c> in
/// <see cref="HeaderName"/> with every request that changes something, so that another site cannot make the browser
/// act for its operator. Bearer tokens and PBX keys are not sent by browsers on their own and need none.
/// </summary>
public static class CookieAntiforgery
{
    public const string HeaderName = "X-CSRF-TOKEN";

    public static IServiceCollection AddCookieAntiforgery(this IServiceCollection services) =>
        services.AddAntiforgery(options =>
        {
            options.HeaderName = HeaderName;
            options.Cookie.Name = "ukc.antiforgery";
            options.Cookie.SameSite = SameSiteMode.Strict;
        });

    public static IApplicationBuilder UseCookieAntiforgery(this IApplicationBuilder app) =>
        app.Use(async (context, next) =>
        {
            if (!HttpMethods.IsGet(context.Request.Method) && !HttpMethods.IsHead(context.Request.Method)
                && !HttpMethods.IsOptions(context.Request.Method)
                && context.User.Identity?.IsAuthenticated == true
                && AccountsSetup.BySessionCookie(context.Request)
                && !await context.RequestServices.GetRequiredService<IAntiforgery>().IsRequestValidAsync(context))
            {
                await TypedResults.Problem(
                    statusCode: StatusCodes.Status400BadRequest,
                    title: "Antiforgery token missing or wrong",
                    detail: $"A request signed in with the session cookie that changes something carries the token of GET /api/auth/antiforgery in {HeaderName}.")
                    .ExecuteAsync(context);
                return;
            }

            await next(context);
        });

    public static void MapAntiforgeryToken(this RouteGroupBuilder auth) =>
        auth.MapGet("/antiforgery", (HttpContext context, IAntiforgery antiforgery) =>
            TypedResults.Ok(new { token = antiforgery.GetAndStoreTokens(context).RequestToken, headerName = HeaderName }));
}
