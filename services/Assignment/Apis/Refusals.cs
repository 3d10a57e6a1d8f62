using Microsoft.AspNetCore.Http.HttpResults;
using Ukc.Assignment.Routing;

namespace Ukc.Assignment.Apis;

/// <summary>Turns a routing step that changed nothing into the problem details that say why.</summary>
internal static class Refusals
{
    public static ProblemHttpResult? Of(IReadOnlyList<RoutingChange> changes) =>
        changes.FirstOrDefault(c => c.Kind == RoutingChangeKind.Refused)?.Reason switch
        {
            null => null,
            "unknown_operator" => Problem(StatusCodes.Status404NotFound, "No such operator", "The operator is not on the roster."),
            "unknown_appeal" => Problem(StatusCodes.Status404NotFound, "No such appeal", "Assignment has not routed this appeal."),
            "no_offer" => Problem(StatusCodes.Status409Conflict, "No such offer", "This appeal is not offered to this operator (it may have been withdrawn or given to someone else)."),
            "offer_expired" => Problem(StatusCodes.Status409Conflict, "The offer lapsed", "The time to accept this offer is over; the appeal goes to the next operator."),
            "holds_appeal" => Problem(StatusCodes.Status409Conflict, "The operator holds an appeal", "Resolve the appeal in hand first."),
            "not_assigned" => Problem(StatusCodes.Status409Conflict, "The appeal is not assigned", "Only an appeal an operator has accepted can be resolved."),
            "already_resolved" => Problem(StatusCodes.Status409Conflict, "The appeal is already resolved", "It was resolved before; nothing changed."),
            "other_operator" => Problem(StatusCodes.Status409Conflict, "Another operator holds the appeal", "Only the operator who holds an appeal can resolve it."),
            "not_with_operator" => Problem(StatusCodes.Status409Conflict, "No operator has the appeal", "It waits in its queue, or is closed; there is nothing to take back."),
            "not_routable" => Problem(StatusCodes.Status409Conflict, "The appeal cannot go to an operator now", "It is resolved, abandoned, or waits for its callback window."),
            "already_theirs" => Problem(StatusCodes.Status409Conflict, "The operator has the appeal already", "It is offered to or held by this operator."),
            "operator_not_free" => Problem(StatusCodes.Status409Conflict, "The operator is not free", "Only an available operator with no offer and no appeal in hand can be given one."),
            var reason => Problem(StatusCodes.Status409Conflict, "Refused", reason),
        };

    private static ProblemHttpResult Problem(int status, string title, string detail) =>
        TypedResults.Problem(detail, statusCode: status, title: title);
}
