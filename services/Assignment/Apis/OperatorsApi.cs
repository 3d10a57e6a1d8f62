using Ukc.Contracts;
using Ukc.ServiceDefaults.Auth;
using Microsoft.AspNetCore.Http.HttpResults;
using Ukc.Assignment.Routing;

namespace Ukc.Assignment.Apis;

/// <summary>
/// The operators' side of routing: presence, heartbeat, offers to accept or decline, the stream that brings
/// them, and resolving the appeal in hand.
/// </summary>
public static class OperatorsApi
{
    public static IEndpointRouteBuilder MapOperatorsApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/operators").WithTags("Operators");
        api.MapGet("/", ListAsync).WithSummary("Every operator on the roster with their presence").RequireAuthorization(Access.Supervisors);
        api.MapGet("/{id}", GetAsync).WithSummary("One operator's presence, offer and appeal in hand").RequireAuthorization(Access.TheOperatorOrSupervisor);
        api.MapPut("/{id}/presence", SetPresenceAsync).WithSummary("Set presence: available, break, offline or shelter")
            .RequireAuthorization(Access.TheOperatorOrSupervisor);
        api.MapPost("/{id}/heartbeat", HeartbeatAsync).WithSummary("Keep the operator at work; silence means offline").RequireAuthorization(Access.TheOperator);
        api.MapGet("/{id}/offer", GetOfferAsync).WithSummary("The appeal offered to the operator now, if any").RequireAuthorization(Access.TheOperatorOrSupervisor);
        api.MapGet("/{id}/assignment", GetAssignmentAsync).WithSummary("The appeal the operator holds, if any").RequireAuthorization(Access.TheOperatorOrSupervisor);
        api.MapPost("/{id}/offers/{appealId:guid}/accept", AcceptAsync).WithSummary("Take the offered appeal").RequireAuthorization(Access.TheOperator);
        api.MapPost("/{id}/offers/{appealId:guid}/decline", DeclineAsync).WithSummary("Pass the offered appeal to the next operator")
            .RequireAuthorization(Access.TheOperator);
        api.MapPost("/{id}/appeals/{appealId:guid}/resolve", ResolveAsync)
            .WithSummary("Resolve the appeal in hand: how, notes, the right category where the classifier erred; then wrap-up")
            .RequireAuthorization(Access.TheOperator);
        api.MapGet("/{id}/offers", StreamAsync).WithSummary("Server-sent events: offers, withdrawals, assignments, presence")
            .RequireAuthorization(Access.TheOperatorOrSupervisor);
        return app;
    }

    public static async Task<Ok<IReadOnlyList<OperatorState>>> ListAsync(Operators operators) =>
        TypedResults.Ok(await operators.ListAsync());

    public static async Task<Results<Ok<OperatorState>, NotFound>> GetAsync(string id, Operators operators) =>
        await operators.FindAsync(id) is { } state ? TypedResults.Ok(state) : TypedResults.NotFound();

    public static async Task<Results<Ok<OperatorState>, ProblemHttpResult>> SetPresenceAsync(
        string id, Body<PresenceRequest> body, Operators operators) =>
        await AnswerAsync(await operators.SetOwnPresenceAsync(id, body.Value.Presence!), id, operators);

    public static async Task<Results<Ok<OperatorState>, ProblemHttpResult>> HeartbeatAsync(string id, Operators operators) =>
        await AnswerAsync(await operators.HeartbeatAsync(id), id, operators);

    public static async Task<Results<Ok<RoutedAppeal>, NoContent, NotFound>> GetOfferAsync(string id, Operators operators, Offers offers) =>
        await operators.FindAsync(id) is not { } state ? TypedResults.NotFound()
        : state.OfferedAppeal is { } appeal && await offers.FindAsync(appeal) is { } offer ? TypedResults.Ok(offer)
        : TypedResults.NoContent();

    public static async Task<Results<Ok<RoutedAppeal>, NoContent, NotFound>> GetAssignmentAsync(string id, Operators operators, Offers offers) =>
        await operators.FindAsync(id) is not { } state ? TypedResults.NotFound()
        : state.AssignedAppeal is { } appeal && await offers.FindAsync(appeal) is { } assignment ? TypedResults.Ok(assignment)
        : TypedResults.NoContent();

    public static async Task<Results<Ok<OperatorState>, ProblemHttpResult>> AcceptAsync(
        string id, Guid appealId, Operators operators, Offers offers) =>
        await AnswerAsync(await offers.AcceptAsync(id, appealId), id, operators);

    public static async Task<Results<Ok<OperatorState>, ProblemHttpResult>> DeclineAsync(
        string id, Guid appealId, Operators operators, Offers offers) =>
        await AnswerAsync(await offers.DeclineAsync(id, appealId), id, operators);

    public static async Task<Results<Ok<RoutedAppeal>, ProblemHttpResult>> ResolveAsync(
        string id, Guid appealId, Body<ResolveRequest> body, Offers offers)
    {
        var request = body.Value;
        var changes = await offers.ResolveAsync(appealId, id, request.Resolution!.Trim(), request.Notes?.Trim(), request.CorrectedCategory);
        return Refusals.Of(changes) is { } refusal ? refusal : TypedResults.Ok((await offers.FindAsync(appealId))!);
    }

    public static async Task<Results<ServerSentEventsResult<OperatorNotice>, NotFound>> StreamAsync(
        string id, Operators operators, OperatorFeed feed, CancellationToken cancellationToken)
    {
        if (await operators.FindAsync(id) is null)
        {
            return TypedResults.NotFound();
        }

        return TypedResults.ServerSentEvents(feed.ListenAsync(id, () => StateNoticeAsync(id, operators), cancellationToken));
    }

    private static async Task<OperatorNotice> StateNoticeAsync(string id, Operators operators)
    {
        var state = await operators.FindAsync(id);
        return new OperatorNotice(OperatorNotice.State, state?.OfferedAppeal ?? state?.AssignedAppeal, Presence: state?.Presence);
    }

    /// <summary>The refusal, if the step changed nothing; otherwise the operator as they are now.</summary>
    private static async Task<Results<Ok<OperatorState>, ProblemHttpResult>> AnswerAsync(
        IReadOnlyList<RoutingChange> changes, string id, Operators operators) =>
        Refusals.Of(changes) is { } refusal ? refusal : TypedResults.Ok((await operators.FindAsync(id))!);
}
