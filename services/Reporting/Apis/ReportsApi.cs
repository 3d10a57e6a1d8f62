using Microsoft.AspNetCore.Http.HttpResults;
using Ukc.Reporting.Infrastructure;

namespace Ukc.Reporting.Apis;

public static class ReportsApi
{
    public static IEndpointRouteBuilder MapReportsApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/reports").WithTags("Reports");
        api.MapGet("/summary", GetSummaryAsync).WithSummary("How many appeals reached each stage, by category and priority");
        return app;
    }

    public static async Task<Ok<Summary>> GetSummaryAsync(AppealCounts counts) => TypedResults.Ok(await counts.SummaryAsync());
}
