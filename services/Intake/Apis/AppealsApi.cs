using System.Security.Claims;
using Ukc.ServiceDefaults.Auth;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Ukc.Contracts;
using Ukc.Intake.Domain;
using Ukc.Intake.Infrastructure;

namespace Ukc.Intake.Apis;

public static class AppealsApi
{
    public const int MaxIdempotencyKeyLength = 200;
    public const int MaxPageSize = 200;

    public static IEndpointRouteBuilder MapAppealsApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/appeals").WithTags("Appeals");
        api.MapPost("/", SubmitAsync).WithSummary("File a citizen's appeal from the web form, the chat, or a request to be called back")
            .ProducesProblem(StatusCodes.Status429TooManyRequests).RequireAuthorization(Access.Anyone);
        api.MapGet("/", ListAsync).WithSummary("Appeals by status, category and time of arrival, newest first").RequireAuthorization(Access.Staff);
        api.MapGet("/stats", GetStatsAsync).WithSummary("Repeat contacts, and messages waiting for the broker").RequireAuthorization(Access.Supervisors);
        api.MapGet("/{id:guid}", GetAsync).WithSummary("An appeal with its status and timeline; a citizen gives its tracking code")
            .RequireAuthorization(Access.Anyone);
        api.MapPost("/{id:guid}/cancel", CancelAsync).WithSummary("The citizen (with the tracking code) or a supervisor withdraws the appeal before an operator took it")
            .RequireAuthorization(Access.Anyone);
        return app;
    }

    public static async Task<Results<Accepted<AppealAccepted>, ValidationProblem, ArchivedAppeal, ProblemHttpResult>> SubmitAsync(
        Body<AppealSubmission> body, [FromHeader(Name = "Idempotency-Key")] string? idempotencyKey,
        AppealIntake intake, PhoneLimits limits, HttpResponse response, TimeProvider time)
    {
        var errors = body.Value.Validate(time.GetUtcNow(), out var details);
        if (errors.Count == 0 && details.Phone is { } phone && limits.RetryAfter(phone) is { } retryAfter)
        {
            RetryAfter.Set(response, retryAfter);
            return TypedResults.Problem(
                title: "Too many appeals from this phone number",
                detail: "This number filed the most appeals it may in a short while; try again after the time in Retry-After, or call the hotline.",
                statusCode: StatusCodes.Status429TooManyRequests);
        }

        return await intake.AcceptAsync(details, errors, idempotencyKey);
    }

    /// <remarks>An appeal closed longer than <see cref="IntakeOptions.LiveRetention"/> ago is Reporting's: 410 with a link there.</remarks>
    /// <remarks>Without the right tracking code an appeal is not found for a citizen: its id alone tells nothing.</remarks>
    public static async Task<Results<Ok<AppealView>, ArchivedAppeal, NotFound>> GetAsync(
        Guid id, string? code, ClaimsPrincipal caller, AppealStore store, TrackingCodes codes)
    {
        if (!IsStaff(caller) && !codes.Matches(id, code))
        {
            return TypedResults.NotFound();
        }

        var found = await store.LookUpAsync(id);
        return found switch
        {
            { Appeal: { } appeal } => TypedResults.Ok(AppealView.For(appeal, found.Timeline, caller)),
            { Archived: true } => new ArchivedAppeal(id),
            _ => TypedResults.NotFound(),
        };
    }

    public static async Task<Results<Ok<AppealPage>, ValidationProblem>> ListAsync(
        AppealStore store, ClaimsPrincipal caller, string? status, string? category, DateTimeOffset? from, DateTimeOffset? to, int page = 1, int pageSize = 50)
    {
        var errors = new Dictionary<string, string[]>();
        if (status is not null && !AppealStatuses.All.Contains(status))
        {
            errors["status"] = [$"Unknown status '{status}'. Known statuses: {string.Join(", ", AppealStatuses.All)}."];
        }

        if (category is not null && !Categories.All.Contains(category))
        {
            errors["category"] = [$"Unknown category '{category}'. Known categories: {string.Join(", ", Categories.All)}."];
        }

        if (page < 1)
        {
            errors["page"] = ["Pages are numbered from 1."];
        }

        if (pageSize is < 1 or > MaxPageSize)
        {
            errors["pageSize"] = [$"A page holds 1 to {MaxPageSize} appeals."];
        }

        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors, title: "The query is not valid.");
        }

        var (appeals, total) = await store.ListAsync(new AppealQuery(status, category, from, to, (page - 1) * pageSize, pageSize));
        return TypedResults.Ok(new AppealPage([.. appeals.Select(a => AppealView.InList(a, caller))], page, pageSize, total));
    }

    public static async Task<Ok<IntakeStats>> GetStatsAsync(AppealStore store, Outbox outbox) =>
        TypedResults.Ok(new IntakeStats(await store.RepeatContactsAsync(), await outbox.LengthAsync()));

    public static async Task<Results<Accepted, NotFound, ArchivedAppeal, ProblemHttpResult>> CancelAsync(
        Guid id, string? code, ClaimsPrincipal caller, AppealIntake intake, TrackingCodes codes) =>
        caller.IsSupervisor() || codes.Matches(id, code) ? await intake.AbandonAsync(id, "cancelled") : TypedResults.NotFound();

    private static bool IsStaff(ClaimsPrincipal caller) => caller.IsSupervisor() || caller.OperatorId() is not null;
}
