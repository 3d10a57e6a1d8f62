using Ukc.Contracts;
using Ukc.ServiceDefaults.Auth;
using Microsoft.AspNetCore.Http.HttpResults;
using Ukc.Staffing.Domain;
using Ukc.Staffing.Infrastructure;

namespace Ukc.Staffing.Apis;

/// <summary>Shifts are weekly patterns in Kyiv time; these answer who works when.</summary>
public static class ShiftsApi
{
    public static IEndpointRouteBuilder MapShiftsApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/staffing").WithTags("Shifts").RequireAuthorization(Access.Supervisors);
        api.MapGet("/on-shift", OnShiftAsync).WithSummary("Who is on shift at a moment (now by default), and whether an alert stops them");
        api.MapGet("/schedule", ScheduleAsync).WithSummary("Each Kyiv hour of a day: who is on shift, and the operator-hours left after breaks (shrinkage)");
        return app;
    }

    public static async Task<Ok<OnShiftView>> OnShiftAsync(Roster roster, RegionalAlerts alerts, TimeProvider time, DateTimeOffset? at)
    {
        var instant = at ?? time.GetUtcNow();
        var kyiv = KyivTime.Local(instant);
        var active = await alerts.ActiveAsync();
        var operators = Schedule.OnShift(await roster.AllAsync(), kyiv).Select(op => OperatorView.From(op, active, kyiv)).ToList();
        return TypedResults.Ok(new OnShiftView(instant, KyivTime.Instant(kyiv), operators.Count, operators.Count(o => o.StoppedBy.Count == 0), operators));
    }

    public static async Task<Results<Ok<IReadOnlyList<ScheduleHour>>, ValidationProblem>> ScheduleAsync(Roster roster, TimeProvider time, string? date)
    {
        if (DayQuery.Parse(date, time, out var day) is { } errors)
        {
            return TypedResults.ValidationProblem(errors, title: "The date is not valid.");
        }

        return TypedResults.Ok(Schedule.ForDay(day, await roster.AllAsync()));
    }
}
