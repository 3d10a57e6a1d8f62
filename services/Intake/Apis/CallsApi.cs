using Ukc.Contracts;
using Ukc.ServiceDefaults.Auth;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Ukc.Intake.Domain;
using Ukc.Intake.Infrastructure;

namespace Ukc.Intake.Apis;

/// <summary>The telephony webhook: a PBX reports inbound calls and their end.</summary>
public static class CallsApi
{
    public static IEndpointRouteBuilder MapCallsApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/calls").WithTags("Calls").RequireAuthorization(Access.Pbx);
        api.MapPost("/", ReportCallAsync)
            .WithSummary("An inbound call: caller number, IVR choice, transcript or notes. Reporting a call again returns its appeal.");
        api.MapPost("/{callId}/ended", CallEndedAsync)
            .WithSummary("The call ended; ended before an operator answered, its appeal is abandoned");
        return app;
    }

    public static Task<Results<Accepted<AppealAccepted>, ValidationProblem, ArchivedAppeal, ProblemHttpResult>> ReportCallAsync(
        Body<CallReport> body, [FromHeader(Name = "Idempotency-Key")] string? idempotencyKey, AppealIntake intake)
    {
        var errors = body.Value.Validate(out var details);
        return intake.AcceptAsync(details, errors, idempotencyKey);
    }

    /// <remarks>A body is optional: a PBX that only says the call ended means it ended before an operator answered.</remarks>
    public static async Task<Results<Accepted, NotFound, ArchivedAppeal, ProblemHttpResult>> CallEndedAsync(
        string callId, Body<CallEnded>? body, AppealStore store, AppealIntake intake)
    {
        var appealId = await store.AppealOfCallAsync(callId);
        if (appealId is null)
        {
            return TypedResults.NotFound();
        }

        return body?.Value.Answered == true ? TypedResults.Accepted($"/api/appeals/{appealId}") : await intake.AbandonAsync(appealId.Value, "caller_hung_up");
    }
}

/// <summary>How a call ended: <c>answered</c> when an operator had taken it.</summary>
public sealed record CallEnded(bool? Answered) : IRequestBody
{
    public static string InvalidTitle => "The call's end is not valid.";
}
