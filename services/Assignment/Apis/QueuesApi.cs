using Ukc.Contracts;
using Ukc.ServiceDefaults.Auth;
using Microsoft.AspNetCore.Http.HttpResults;
using Ukc.Assignment.Routing;

namespace Ukc.Assignment.Apis;

public static class QueuesApi
{
    public static IEndpointRouteBuilder MapQueuesApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/assignments").WithTags("Queues");
        api.MapGet("/queues", GetQueuesAsync).WithSummary("Each queue: appeals waiting, operators at work who can take them, estimated wait")
            .RequireAuthorization(Access.StaffAndServices);
        api.MapGet("/appeals/{id:guid}", GetAppealAsync).WithSummary("An appeal as routing sees it: where it waits or who has it")
            .RequireAuthorization(Access.SupervisorsAndServices);
        api.MapPost("/appeals/{id:guid}/requeue", RequeueAsync)
            .WithSummary("Takes the appeal from the operator it is offered to or held by, back to its place in its queue")
            .RequireAuthorization(Access.Supervisors);
        api.MapPost("/appeals/{id:guid}/reassign", ReassignAsync)
            .WithSummary("Offers the appeal at once to the named operator, who must be free; whoever had it is freed")
            .RequireAuthorization(Access.Supervisors);
        return app;
    }

    public static async Task<Ok<IReadOnlyList<QueueState>>> GetQueuesAsync(AppealQueues queues) =>
        TypedResults.Ok(await queues.OverviewAsync());

    public static async Task<Results<Ok<RoutedAppeal>, ProblemHttpResult>> RequeueAsync(Guid id, Offers offers) =>
        Refusals.Of(await offers.TakeBackAsync(id)) is { } refusal ? refusal : TypedResults.Ok((await offers.FindAsync(id))!);

    public static async Task<Results<Ok<RoutedAppeal>, ProblemHttpResult>> ReassignAsync(Guid id, Body<ReassignRequest> body, Offers offers) =>
        Refusals.Of(await offers.ReassignAsync(id, body.Value.OperatorId!)) is { } refusal ? refusal : TypedResults.Ok((await offers.FindAsync(id))!);

    public static async Task<Results<Ok<RoutedAppeal>, NotFound>> GetAppealAsync(Guid id, Offers offers) =>
        await offers.FindAsync(id) is { } appeal ? TypedResults.Ok(appeal) : TypedResults.NotFound();
}
