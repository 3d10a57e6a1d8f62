using Ukc.ServiceDefaults.Auth;
using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.Http.HttpResults;
using Ukc.Contracts;
using Ukc.Staffing.Domain;
using Ukc.Staffing.Infrastructure;

namespace Ukc.Staffing.Apis;

public static class RosterApi
{
    public const int MaxCsvBytes = 1024 * 1024;

    public static IEndpointRouteBuilder MapRosterApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/staffing").WithTags("Roster").RequireAuthorization(Access.Supervisors);
        api.MapGet("/operators", ListAsync).WithSummary("The operators on the roster, with the alerts that stop them and whether they are on shift now");
        api.MapGet("/operators/export", ExportAsync).WithSummary("The roster as UTF-8 CSV: id,name,region,sheltered_workplace,skills,shifts");
        api.MapPost("/operators/import", ImportAsync)
            .Accepts<string>("text/csv")
            .WithSummary("Adds or replaces the operators of a CSV file by id; a file with a bad line imports nothing");
        api.MapGet("/operators/{id}", GetAsync).WithSummary("One operator");
        api.MapPost("/operators", CreateAsync).WithSummary("Adds an operator; without an id one is given (op-046)");
        api.MapPut("/operators/{id}", PutAsync).WithSummary("Adds or replaces the operator with this id");
        api.MapDelete("/operators/{id}", DeleteAsync).WithSummary("Takes the operator off the roster");
        api.MapPost("/operators/{id}/modules", CompleteModuleAsync)
            .WithSummary("The operator completed a training module: they gain its skill (proficiency 1 unless given)");
        api.MapGet("/modules", () => TypedResults.Ok(SkillIds.All)).WithSummary("The training modules: one per skill");
        return app;
    }

    public static async Task<Ok<IReadOnlyList<OperatorView>>> ListAsync(Roster roster, RegionalAlerts alerts, TimeProvider time)
    {
        var active = await alerts.ActiveAsync();
        var now = KyivTime.Local(time.GetUtcNow());
        return TypedResults.Ok<IReadOnlyList<OperatorView>>([.. (await roster.AllAsync()).Select(op => OperatorView.From(op, active, now))]);
    }

    public static async Task<Results<Ok<OperatorView>, NotFound>> GetAsync(string id, Roster roster, RegionalAlerts alerts, TimeProvider time)
    {
        var op = await roster.GetAsync(id);
        return op is null
            ? TypedResults.NotFound()
            : TypedResults.Ok(OperatorView.From(op, await alerts.ActiveAsync(), KyivTime.Local(time.GetUtcNow())));
    }

    public static async Task<Results<Created<Operator>, ValidationProblem, ProblemHttpResult>> CreateAsync(
        Body<OperatorSubmission> body, Roster roster)
    {
        var submission = body.Value;
        for (var attempt = 0; attempt < 5; attempt++)
        {
            var fallbackId = string.IsNullOrWhiteSpace(submission.Id) ? NextId(await roster.AllAsync()) : "";
            if (submission.Validate(fallbackId, out var op) is { } errors)
            {
                return TypedResults.ValidationProblem(errors, title: OperatorSubmission.InvalidTitle);
            }

            if (await roster.AddAsync(op!))
            {
                return TypedResults.Created($"/api/staffing/operators/{op!.Id}", op);
            }

            if (!string.IsNullOrWhiteSpace(submission.Id))
            {
                return TypedResults.Problem($"Operator '{op!.Id}' is already on the roster; PUT replaces it.", statusCode: StatusCodes.Status409Conflict, title: "The operator exists.");
            }
        }

        return TypedResults.Problem("Operators were being added too fast to give this one an id; try again.", statusCode: StatusCodes.Status409Conflict, title: "No id was free.");
    }

    public static async Task<Results<Ok<Operator>, ValidationProblem>> PutAsync(
        string id, Body<OperatorSubmission> body, Roster roster)
    {
        var submission = body.Value;
        Operator? op = null;
        var errors = submission.Id is { } bodyId && bodyId != id
            ? new Dictionary<string, string[]> { ["id"] = [$"The body's id '{bodyId}' is not the id in the path '{id}'."] }
            : (submission with { Id = id }).Validate(id, out op);
        if (errors is not null)
        {
            return TypedResults.ValidationProblem(errors, title: OperatorSubmission.InvalidTitle);
        }

        await roster.PutAsync(op!);
        return TypedResults.Ok(op!);
    }

    public static async Task<Results<NoContent, NotFound>> DeleteAsync(string id, Roster roster) =>
        await roster.RemoveAsync(id) ? TypedResults.NoContent() : TypedResults.NotFound();

    public static async Task<Results<Ok<Operator>, NotFound>> CompleteModuleAsync(
        string id, Body<ModuleCompletion> body, Roster roster)
    {
        var completion = body.Value;
        var updated = await roster.UpdateAsync(id, op => op.CompleteModule(completion.Module!, completion.Proficiency ?? SkillIds.MinProficiency));
        return updated is null ? TypedResults.NotFound() : TypedResults.Ok(updated);
    }

    public static async Task<FileContentHttpResult> ExportAsync(Roster roster) =>
        TypedResults.File(Encoding.UTF8.GetBytes(RosterCsv.Write(await roster.AllAsync())), "text/csv; charset=utf-8", "roster.csv");

    public static async Task<Results<Ok<ImportResult>, ValidationProblem>> ImportAsync(HttpRequest request, Roster roster, CancellationToken cancellationToken)
    {
        if (request.ContentLength > MaxCsvBytes)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["body"] = [$"A roster file is at most {MaxCsvBytes / 1024} KiB."] });
        }

        using var reader = new StreamReader(request.Body, Encoding.UTF8);
        var (operators, errors) = RosterCsv.Read(await reader.ReadToEndAsync(cancellationToken));
        if (errors is not null)
        {
            return TypedResults.ValidationProblem(errors, title: $"Nothing was imported: {string.Join(", ", errors.Keys)} {(errors.Count == 1 ? "is" : "are")} not valid.");
        }

        await roster.PutAllAsync(operators);
        return TypedResults.Ok(new ImportResult(operators.Count, (await roster.AllAsync()).Count));
    }

    private static string NextId(IReadOnlyList<Operator> operators)
    {
        var highest = operators
            .Select(o => o.Id.StartsWith("op-", StringComparison.Ordinal) && int.TryParse(o.Id[3..], NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : 0)
            .DefaultIfEmpty(0)
            .Max();
        return $"op-{highest + 1:000}";
    }
}

public static class OperatorViews
{
    extension(OperatorView)
    {
        public static OperatorView From(Operator op, IReadOnlyList<RegionalAlert> alerts, DateTime kyivNow) => new(
            op.Id, op.Name, op.Region, op.ShelteredWorkplace, op.Skills, op.Shifts,
            op.Shifts.Any(s => ShiftPattern.Covers(s, kyivNow)),
            [.. alerts.Where(a => a.Stops(op)).Select(a => a.Id)]);
    }
}
