using Ukc.ServiceDefaults.Auth;
using Microsoft.AspNetCore.Http.HttpResults;
using Ukc.Contracts;
using Ukc.Staffing.Domain;
using Ukc.Staffing.Infrastructure;

namespace Ukc.Staffing.Apis;

/// <summary>The supervisors' alert source: the first of the alert feeds, reporting to <see cref="RegionalAlerts"/> like any other.</summary>
public static class AlertsApi
{
    public const string Source = "http";

    public static IEndpointRouteBuilder MapAlertsApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/staffing/alerts").WithTags("Alerts");
        api.MapPost("/", ChangeAsync)
            .WithSummary("An air raid or power outage begins (active: true) or ends in some oblasts; published as RegionalAlertChanged")
            .RequireAuthorization(Access.Supervisors);
        api.MapGet("/", ListAsync).WithSummary("Alerts in force, with the operators each stops and those who keep working from sheltered workplaces")
            .RequireAuthorization(Access.Staff);
        return app;
    }

    public static async Task<Ok<IReadOnlyList<RegionalAlertChanged>>> ChangeAsync(Body<AlertChange> body, RegionalAlerts alerts) =>
        TypedResults.Ok(await alerts.ApplyAsync(body.Value, Source));

    public static async Task<Ok<IReadOnlyList<AlertView>>> ListAsync(RegionalAlerts alerts, Roster roster)
    {
        var operators = await roster.AllAsync();
        return TypedResults.Ok<IReadOnlyList<AlertView>>([.. (await alerts.ActiveAsync()).Select(alert => new AlertView(
            alert.Id, alert.Kind, alert.Regions, alert.StartedAt, alert.Source,
            [.. operators.Where(alert.Stops).Select(o => o.Id)],
            [.. operators.Where(o => o.ShelteredWorkplace && alert.Regions.Contains(o.Region)).Select(o => o.Id)]))]);
    }
}
