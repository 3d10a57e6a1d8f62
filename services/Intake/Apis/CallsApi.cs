using Microsoft.AspNetCore.Http.HttpResults;
using Ukc.Intake.Domain;
using Ukc.Intake.Infrastructure;

namespace Ukc.Intake.Apis;

/// <summary>The telephony webhook: a PBX reports inbound calls and their end.</summary>
public static class CallsApi
{
    public static IEndpointRouteBuilder MapCallsApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/calls").WithTags("Calls");
        api.MapPost("/", ReportCallAsync)
            .Accepts<CallReport>("application/json")
            .WithSummary("An inbound call: caller number, IVR choice, transcript or notes. Reporting a call again returns its appeal.");
        api.MapPost("/{callId}/ended", CallEndedAsync)
            .Accepts<CallEnded>("application/json")
            .WithSummary("The call ended; ended before an operator answered, its appeal is abandoned");
        return app;
    }

    public static async Task<Results<Accepted<AppealAccepted>, ValidationProblem, ProblemHttpResult>> ReportCallAsync(
        HttpRequest request, AppealIntake intake, CancellationToken cancellationToken)
    {
        var (report, errors) = await JsonBody.ReadAsync<CallReport>(request, cancellationToken);
        AppealDetails? details = null;
        errors ??= report!.Validate(out details);
        return await intake.AcceptAsync(details, errors, request.Headers["Idempotency-Key"]);
    }

    /// <remarks>A body is optional: a PBX that only says the call ended means it ended before an operator answered.</remarks>
    public static async Task<Results<Accepted, NotFound, ProblemHttpResult>> CallEndedAsync(
        string callId, HttpRequest request, AppealStore store, AppealIntake intake, CancellationToken cancellationToken)
    {
        var answered = request.ContentLength is > 0 && (await JsonBody.ReadAsync<CallEnded>(request, cancellationToken)).Value?.Answered == true;
        var appealId = await store.AppealOfCallAsync(callId);
        if (appealId is null)
        {
            return TypedResults.NotFound();
        }

        return answered ? TypedResults.Accepted($"/api/appeals/{appealId}") : await intake.AbandonAsync(appealId.Value, "caller_hung_up");
    }
}

/// <summary>How a call ended: <c>answered</c> when an operator had taken it.</summary>
public sealed record CallEnded(bool? Answered);
