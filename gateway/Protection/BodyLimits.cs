using Microsoft.AspNetCore.Http.Features;

namespace Ukc.Gateway.Protection;

/// <summary>
/// Each route caps its request bodies (<c>MaxRequestBodySize</c> in its configuration). A body that says it is
/// larger is refused with 413 before any of it is read or forwarded; one that grows past the cap as it streams is
/// cut off by the server.
/// </summary>
public static class BodyLimits
{
    public static IReverseProxyApplicationBuilder UseBodyLimits(this IReverseProxyApplicationBuilder proxy)
    {
        proxy.Use(async (context, next) =>
        {
            var cap = context.GetReverseProxyFeature().Route.Config.MaxRequestBodySize
                ?? context.Features.Get<IHttpMaxRequestBodySizeFeature>()?.MaxRequestBodySize;
            if (context.Request.ContentLength > cap)
            {
                await TypedResults.Problem(
                    statusCode: StatusCodes.Status413PayloadTooLarge,
                    title: "The request body is too large",
                    detail: $"This address takes bodies of at most {cap:N0} bytes.")
                    .ExecuteAsync(context);
                return;
            }

            await next();
        });
        return proxy;
    }
}
