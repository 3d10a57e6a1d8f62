namespace Ukc.Gateway.Protection;

/// <summary>
/// The headers every response of the public origin carries, also those the services answer: no framing, no
/// content sniffing, no referrer leaving the site, content only from the origin itself. CORS is not enabled:
/// the web UI is served from the same origin, so no other site's script may call the API.
/// </summary>
public static class SecurityHeaders
{
    // WebAssembly needs 'wasm-unsafe-eval' to compile .NET's runtime; the component library sets style attributes.
    private const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self' 'unsafe-inline'; "
        + "base-uri 'self'; form-action 'self'; frame-ancestors 'none'; object-src 'none'";

    // The API reference (Scalar) starts itself with an inline script; the page holds no one's data.
    private const string ApiReferencePolicy =
        "default-src 'self'; script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; "
        + "font-src 'self' data:; base-uri 'self'; form-action 'self'; frame-ancestors 'none'; object-src 'none'";

    public static WebApplication UseSecurityHeaders(this WebApplication app)
    {
        if (!app.Environment.IsDevelopment())
        {
            app.UseHsts();
        }

        app.Use((context, next) =>
        {
            // Set as the response starts, after the proxy has copied a service's own headers.
            context.Response.OnStarting(() =>
            {
                var headers = context.Response.Headers;
                headers.ContentSecurityPolicy = context.Request.Path.StartsWithSegments(ApiReference.Path) ? ApiReferencePolicy : ContentSecurityPolicy;
                headers.XContentTypeOptions = "nosniff";
                headers.XFrameOptions = "DENY";
                headers["Referrer-Policy"] = "no-referrer";
                return Task.CompletedTask;
            });
            return next(context);
        });
        return app;
    }
}
