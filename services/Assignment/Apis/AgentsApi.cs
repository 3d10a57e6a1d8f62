using Microsoft.AspNetCore.Http.HttpResults;
using Ukc.Assignment.Domain;
using Ukc.Assignment.Infrastructure;

namespace Ukc.Assignment.Apis;

/// <summary>The operators' side of routing: presence, heartbeat, offers to accept or decline, and the stream that brings them.</summary>
public static class AgentsApi
{
    public static IEndpointRouteBuilder MapAgentsApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/agents").WithTags("Operators");
        api.MapGet("/", ListAsync).WithSummary("Every operator on the roster with their presence");
        api.MapGet("/{id}", GetAsync).WithSummary("One operator's presence, offer and appeal in hand");
        api.MapPut("/{id}/presence", SetPresenceAsync).Accepts<PresenceRequest>("application/json")
            .WithSummary("Set presence: available, break, offline or shelter");
        api.MapPost("/{id}/heartbeat", HeartbeatAsync).WithSummary("Keep the operator at work; silence means offline");
        api.MapGet("/{id}/offer", GetOfferAsync).WithSummary("The appeal offered to the operator now, if any");
        api.MapGet("/{id}/assignment", GetAssignmentAsync).WithSummary("The appeal the operator holds, if any");
        api.MapPost("/{id}/offers/{appealId:guid}/accept", AcceptAsync).WithSummary("Take the offered appeal");
        api.MapPost("/{id}/offers/{appealId:guid}/decline", DeclineAsync).WithSummary("Pass the offered appeal to the next operator");
        api.MapGet("/{id}/offers", StreamAsync).WithSummary("Server-sent events: offers, withdrawals, assignments, presence");
        return app;
    }

    public static async Task<Ok<IReadOnlyList<OperatorState>>> ListAsync(Operators operators) =>
        TypedResults.Ok(await operators.ListAsync());

    public static async Task<Results<Ok<OperatorState>, NotFound>> GetAsync(string id, Operators operators) =>
        await operators.FindAsync(id) is { } state ? TypedResults.Ok(state) : TypedResults.NotFound();

    public static async Task<Results<Ok<OperatorState>, ValidationProblem, ProblemHttpResult>> SetPresenceAsync(
        string id, HttpRequest request, Operators operators, RoutingEvents events, CancellationToken cancellationToken)
    {
        var (body, errors) = await JsonBody.ReadAsync<PresenceRequest>(request, cancellationToken);
        if (errors is null && !PresenceRules.OperatorMaySet(body?.Presence))
        {
            errors = new() { ["presence"] = [$"An operator sets their presence to one of: {string.Join(", ", PresenceRules.SetByOperator)}."] };
        }

        if (errors is not null)
        {
            return TypedResults.ValidationProblem(errors, title: "The presence cannot be set.");
        }

        return await ApplyAsync(await operators.SetPresenceAsync(id, body!.Presence!), id, operators, events);
    }

    public static async Task<Results<Ok<OperatorState>, ValidationProblem, ProblemHttpResult>> HeartbeatAsync(
        string id, Operators operators, RoutingEvents events) =>
        await ApplyAsync(await operators.HeartbeatAsync(id), id, operators, events);

    public static async Task<Results<Ok<RoutedAppeal>, NoContent, NotFound>> GetOfferAsync(string id, Operators operators, Offers offers) =>
        await operators.FindAsync(id) is not { } state ? TypedResults.NotFound()
        : state.OfferedAppeal is { } appeal && await offers.FindAsync(appeal) is { } offer ? TypedResults.Ok(offer)
        : TypedResults.NoContent();

    public static async Task<Results<Ok<RoutedAppeal>, NoContent, NotFound>> GetAssignmentAsync(string id, Operators operators, Offers offers) =>
        await operators.FindAsync(id) is not { } state ? TypedResults.NotFound()
        : state.AssignedAppeal is { } appeal && await offers.FindAsync(appeal) is { } assignment ? TypedResults.Ok(assignment)
        : TypedResults.NoContent();

    public static async Task<Results<Ok<OperatorState>, ValidationProblem, ProblemHttpResult>> AcceptAsync(
        string id, Guid appealId, Operators operators, Offers offers, RoutingEvents events) =>
        await ApplyAsync(await offers.AcceptAsync(id, appealId), id, operators, events);

    public static async Task<Results<Ok<OperatorState>, ValidationProblem, ProblemHttpResult>> DeclineAsync(
        string id, Guid appealId, Operators operators, Offers offers, RoutingEvents events) =>
        await ApplyAsync(await offers.DeclineAsync(id, appealId), id, operators, events);

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

    /// <summary>Publishes what a step changed and answers with the operator as they are now.</summary>
    private static async Task<Results<Ok<OperatorState>, ValidationProblem, ProblemHttpResult>> ApplyAsync(
        IReadOnlyList<RoutingChange> changes, string id, Operators operators, RoutingEvents events)
    {
        if (Refusals.Of(changes) is { } refusal)
        {
            return refusal;
        }

        await events.PublishAsync(changes);
        return TypedResults.Ok((await operators.FindAsync(id))!);
    }
}

public sealed record PresenceRequest(string? Presence);
