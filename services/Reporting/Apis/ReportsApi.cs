using Ukc.ServiceDefaults.Auth;
using System.Runtime.CompilerServices;
using System.Net.ServerSentEvents;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;
using Ukc.Contracts;
using Ukc.Reporting.Audit;
using Ukc.Reporting.Figures;
using Ukc.Reporting.Ingest;

namespace Ukc.Reporting.Apis;

public static class ReportsApi
{
    private static readonly TimeSpan LiveSpacing = TimeSpan.FromSeconds(1);
    private static readonly TimeSpan LiveRefresh = TimeSpan.FromSeconds(10);

    public static IEndpointRouteBuilder MapReportsApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/reports").WithTags("Reports").RequireAuthorization(Access.Supervisors);
        api.MapGet("/summary", SummaryAsync).WithSummary("A period's figures (today in Kyiv by default): offered, answered, abandoned, service level, ASA, AHT, occupancy, and the floor now");
        api.MapGet("/intervals", IntervalsAsync).WithSummary("The figures per 15 minutes, hour or Kyiv day, split by category, region, channel, priority, queue or operator; CSV with Accept: text/csv or format=csv");
        api.MapGet("/appeals", AppealsAsync).WithSummary("The appeals received in a period that match the filters, 50 a page, with how long each waited; CSV of all of them with Accept: text/csv or format=csv");
        api.MapGet("/appeals/{id:guid}", AppealAsync).WithSummary("The archived record of one appeal and every event of it");
        api.MapGet("/operators", OperatorsAsync).WithSummary("Per operator: appeals answered, AHT, occupancy and time in each state; CSV with Accept: text/csv or format=csv");
        api.MapGet("/operators/{id}/timeline", TimelineAsync).WithSummary("An operator's states through a Kyiv day (today by default), each with why it began");
        api.MapGet("/forecast-accuracy", ForecastAccuracyAsync).WithSummary("Appeals received per Kyiv hour beside Staffing's forecast for the hour");
        api.MapGet("/live", Live).WithSummary("Server-sent events: the floor and today's figures at once, then at most once a second when something changed");
        api.MapGet("/audit", AuditAsync).WithSummary("Who did what and when: every supervisor's and admin's change and every sign-in attempt, newest first, 100 a page");
        api.MapPost("/rebuild", RebuildAsync).RequireAuthorization(Access.Admins).WithSummary("Lays out every appeal row and operator span again from the stored events");
        return app;
    }

    public static async Task<Results<Ok<Summary>, ValidationProblem>> SummaryAsync(
        Reports reports, TimeProvider time, IOptions<ReportingOptions> options, string? from, string? to, CancellationToken cancellationToken)
    {
        if (ReportPeriod.Parse(from, to, time, options.Value.MaxPeriodDays, out var period) is { } errors)
        {
            return Invalid(errors);
        }

        return TypedResults.Ok(await reports.SummaryAsync(period, cancellationToken));
    }

    public static async Task<Results<Ok<IReadOnlyList<IntervalFigures>>, PushStreamHttpResult, ValidationProblem>> IntervalsAsync(
        Reports reports, TimeProvider time, IOptions<ReportingOptions> options, HttpRequest request,
        string? from, string? to, string? interval, string? by, string? format, CancellationToken cancellationToken)
    {
        var errors = ReportPeriod.Parse(from, to, time, options.Value.MaxPeriodDays, out var period) ?? [];
        var length = (interval ?? "1h") switch
        {
            "15m" => ReportIntervalLength.QuarterHour,
            "1h" => ReportIntervalLength.Hour,
            "1d" => ReportIntervalLength.Day,
            _ => (ReportIntervalLength?)null,
        };
        if (length is null)
        {
            errors["interval"] = [$"'{interval}' is not an interval: 15m, 1h or 1d."];
        }

        var byErrors = Groupings.Parse(by, out var grouping);
        foreach (var (key, value) in byErrors ?? [])
        {
            errors[key] = value;
        }

        if (errors.Count > 0)
        {
            return Invalid(errors);
        }

        var rows = await reports.IntervalsAsync(period, length!.Value, grouping, cancellationToken);
        return Csv.Wanted(request, format) ? Csv.Of(rows.ToAsyncEnumerable(), "intervals.csv") : TypedResults.Ok(rows);
    }

    public static async Task<Results<Ok<AppealPage>, PushStreamHttpResult, ValidationProblem>> AppealsAsync(
        AppealRows appeals, TimeProvider time, IOptions<ReportingOptions> options, HttpRequest request,
        string? from, string? to, string? status, string? category, string? region, string? @operator, string? channel,
        string? priority, bool? abandoned, int? page, string? format, CancellationToken cancellationToken)
    {
        var errors = ReportPeriod.Parse(from, to, time, options.Value.MaxPeriodDays, out var period) ?? [];
        Known(errors, "status", status, AppealStatuses.All);
        Known(errors, "category", category, Categories.All);
        Known(errors, "region", region, Regions.All);
        Known(errors, "channel", channel, Channels.All);
        Known(errors, "priority", priority, Priorities.All);
        if (page < 1)
        {
            errors["page"] = ["Pages count from 1."];
        }

        if (errors.Count > 0)
        {
            return Invalid(errors);
        }

        var filter = new AppealFilter(period, status, category, region, @operator, channel, priority, abandoned);
        if (Csv.Wanted(request, format))
        {
            return Csv.Of(appeals.ReadAsync(filter, page: null, cancellationToken), "appeals.csv");
        }

        var total = await appeals.CountAsync(filter, cancellationToken);
        var pages = Math.Max(1, (total + AppealRows.PageSize - 1) / AppealRows.PageSize);
        var wanted = page ?? 1;
        if (wanted > pages)
        {
            return Invalid(new() { ["page"] = [$"There {(pages == 1 ? "is 1 page" : $"are {pages} pages")} of {AppealRows.PageSize} appeals; page {wanted} is beyond the end."] });
        }

        var items = await appeals.ReadAsync(filter, wanted, cancellationToken).ToListAsync(cancellationToken);
        return TypedResults.Ok(new AppealPage(wanted, AppealRows.PageSize, total, items));
    }

    public static async Task<Results<Ok<AuditPage>, ValidationProblem>> AuditAsync(
        AuditTrail audit, TimeProvider time, IOptions<ReportingOptions> options, string? from, string? to, string? actor, int? page,
        CancellationToken cancellationToken)
    {
        var errors = ReportPeriod.Parse(from, to, time, options.Value.MaxPeriodDays, out var period) ?? [];
        if (page < 1)
        {
            errors["page"] = ["Pages count from 1."];
        }

        return errors.Count > 0 ? Invalid(errors) : TypedResults.Ok(await audit.ReadAsync(period, actor, page ?? 1, cancellationToken));
    }

    public static async Task<Results<Ok<AppealRecord>, NotFound>> AppealAsync(AppealRows appeals, Guid id, CancellationToken cancellationToken) =>
        await appeals.FindAsync(id, cancellationToken) is { } found ? TypedResults.Ok(found) : TypedResults.NotFound();

    public static async Task<Results<Ok<IReadOnlyList<OperatorFigures>>, PushStreamHttpResult, ValidationProblem>> OperatorsAsync(
        OperatorReports operators, TimeProvider time, IOptions<ReportingOptions> options, HttpRequest request,
        string? from, string? to, string? format, CancellationToken cancellationToken)
    {
        if (ReportPeriod.Parse(from, to, time, options.Value.MaxPeriodDays, out var period) is { } errors)
        {
            return Invalid(errors);
        }

        var rows = await operators.ForPeriodAsync(period, cancellationToken);
        return Csv.Wanted(request, format) ? Csv.OfOperators(rows) : TypedResults.Ok(rows);
    }

    public static async Task<Results<Ok<IReadOnlyList<OperatorSpan>>, ValidationProblem>> TimelineAsync(
        OperatorReports operators, TimeProvider time, string id, string? day, CancellationToken cancellationToken)
    {
        if (ReportPeriod.ParseDay(day, time, out var period) is { } errors)
        {
            return Invalid(errors);
        }

        return TypedResults.Ok(await operators.TimelineAsync(id, period, cancellationToken));
    }

    public static async Task<Results<Ok<ForecastAccuracyReport>, ValidationProblem>> ForecastAccuracyAsync(
        ForecastAccuracy accuracy, TimeProvider time, string? from, string? to, CancellationToken cancellationToken)
    {
        if (ReportPeriod.Parse(from, to, time, ForecastAccuracy.MaxDays, out var period) is { } errors)
        {
            return Invalid(errors);
        }

        return TypedResults.Ok(await accuracy.ForPeriodAsync(period, cancellationToken));
    }

    public static ServerSentEventsResult<LiveFloor> Live(Reports reports, FloorChanges changes, TimeProvider time, CancellationToken cancellationToken) =>
        TypedResults.ServerSentEvents(Snapshots(reports, changes, time, cancellationToken), "floor");

    public static async Task<NoContent> RebuildAsync(EventHistory history, CancellationToken cancellationToken)
    {
        await history.RebuildAsync(ActingStaff.Name, cancellationToken);
        return TypedResults.NoContent();
    }

    private static async IAsyncEnumerable<LiveFloor> Snapshots(
        Reports reports, FloorChanges changes, TimeProvider time, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        while (!cancellationToken.IsCancellationRequested)
        {
            // Taken before the snapshot, so a change while it is read is not missed.
            var changed = changes.NextAsync(cancellationToken);
            yield return await reports.LiveAsync(cancellationToken);
            var spacing = Task.Delay(LiveSpacing, time, cancellationToken);
            // Waits grow while nothing happens, so the floor is sent again now and then regardless.
            await Task.WhenAny(changed, Task.Delay(LiveRefresh, time, cancellationToken));
            await spacing;
        }
    }

    private static void Known(Dictionary<string, string[]> errors, string parameter, string? value, IReadOnlyList<string> known)
    {
        if (value is not null && !known.Contains(value))
        {
            errors[parameter] = [$"'{value}' is not one of: {string.Join(", ", known)}."];
        }
    }

    private static ValidationProblem Invalid(Dictionary<string, string[]> errors) =>
        TypedResults.ValidationProblem(errors, title: "The report's parameters are not valid.");
}

public sealed record AppealPage(int Page, int PageSize, long Total, IReadOnlyList<AppealRow> Items);
