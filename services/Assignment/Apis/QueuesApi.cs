using Microsoft.AspNetCore.Http.HttpResults;
using Ukc.Assignment.Infrastructure;

namespace Ukc.Assignment.Apis;

public static class QueuesApi
{
    public static IEndpointRouteBuilder MapQueuesApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/assignments").WithTags("Queues");
        api.MapGet("/queues", GetQueuesAsync).WithSummary("How many appeals wait in each queue");
        return app;
    }

    public static async Task<Ok<IReadOnlyList<QueueLength>>> GetQueuesAsync(AppealQueues queues) =>
        TypedResults.Ok(await queues.LengthsAsync());
}
