using Ukc.Contracts;
using Ukc.ServiceDefaults.Auth;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;
using Ukc.Staffing.Domain;
using Ukc.Staffing.Infrastructure;

namespace Ukc.Staffing.Apis;

public static class ForecastApi
{
    public static IEndpointRouteBuilder MapForecastApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/staffing/forecast", ForecastAsync)
            .WithTags("Forecast")
            .RequireAuthorization(Access.SupervisorsAndServices)
            .WithSummary("Each Kyiv hour of a day: arrivals forecast from the history, operators needed (Erlang C), scheduled, lost to alerts, and the gap");
        return app;
    }

    public static async Task<Results<Ok<ForecastView>, ValidationProblem>> ForecastAsync(
        Roster roster, RegionalAlerts alerts, ArrivalCounts counts, IOptions<StaffingOptions> options, TimeProvider time, string? date)
    {
        if (DayQuery.Parse(date, time, out var day) is { } errors)
        {
            return TypedResults.ValidationProblem(errors, title: "The date is not valid.");
        }

        var settings = options.Value;
        var kyivNow = KyivTime.Local(time.GetUtcNow());
        var today = DateOnly.FromDateTime(kyivNow);
        var history = await counts.HistoryAsync(day.AddDays(-7 * settings.HistoryWeeks), today);
        var forecast = ArrivalForecast.ForDay(day, history, settings.SmoothingAlpha, settings.HistoryWeeks);
        var active = await alerts.ActiveAsync();
        var targets = new PlanTargets(settings.AhtSeconds, settings.TargetServiceLevel, settings.AnswerSeconds, settings.DefaultShrinkage);
        var hours = StaffingPlan.ForDay(day, forecast, await roster.AllAsync(), active, kyivNow, targets);
        return TypedResults.Ok(new ForecastView(day, history.FirstDay, targets, [.. active.Select(a => a.Id)], hours));
    }
}
