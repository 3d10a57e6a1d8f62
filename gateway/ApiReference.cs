using Scalar.AspNetCore;

namespace Ukc.Gateway;

/// <summary>
/// The API reference for integrators at <c>/api/docs</c>: Scalar over each service's own OpenAPI document, which the
/// gateway forwards from <c>/api/docs/openapi/{service}.json</c> (routes in appsettings.json).
/// </summary>
public static class ApiReference
{
    public const string Path = "/api/docs";

    private static readonly (string Service, string Title)[] Documents =
    [
        ("intake", "Intake: appeals and calls"), ("assignment", "Assignment: operators and queues"), ("staffing", "Staffing: roster, shifts, forecast, alerts"),
        ("reporting", "Reporting: figures, history, audit"), ("categorization", "Categorization"),
    ];

    public static WebApplication MapApiReference(this WebApplication app)
    {
        app.MapScalarApiReference(Path, options =>
        {
            // Requests go to the gateway, the one public origin; nothing on the page calls out to Scalar's own services.
            options.WithTitle("UKC API").AddServer("/")
                .DisableAgent().DisableMcp().DisableTelemetry().DisableDefaultFonts().HideDeveloperTools();
            foreach (var (service, title) in Documents)
            {
                options.AddDocument(service, title, $"{Path}/openapi/{service}.json", isDefault: service == "intake");
            }
        }).AllowAnonymous();
        return app;
    }
}
