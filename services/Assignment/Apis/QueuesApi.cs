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
            .RequireAuthorization(Access.Staff);
        api.MapGet("/appeals/{id:guid}", GetAppealAsync).WithSummary("An appeal as routing sees it: where it waits or who has it")
            .RequireAuthorization(Access.Supervisors);
        return app;
    }

    public static async Task<Ok<IReadOnlyList<QueueState>>> GetQueuesAsync(AppealQueues queues) =>
        TypedResults.Ok(await queues.OverviewAsync());

    public static async Task<Results<Ok<RoutedAppeal>, NotFound>> GetAppealAsync(Guid id, Offers offers) =>
        await offers.FindAsync(id) is { } appeal ? TypedResults.Ok(appeal) : TypedResults.NotFound();
}
