using System.Text.Json;
using Microsoft.AspNetCore.Http.HttpResults;
using StackExchange.Redis;

namespace Ukc.Staffing.Apis;

public static class RosterApi
{
    private const string OperatorsKey = "staffing:operators";

    public static IEndpointRouteBuilder MapRosterApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/staffing").WithTags("Roster");
        api.MapGet("/operators", GetOperatorsAsync).WithSummary("The operators on the roster");
        return app;
    }

    public static async Task<Ok<IReadOnlyList<JsonElement>>> GetOperatorsAsync(IConnectionMultiplexer redis)
    {
        var entries = await redis.GetDatabase().HashValuesAsync(OperatorsKey);
        return TypedResults.Ok<IReadOnlyList<JsonElement>>([.. entries.Select(e => JsonSerializer.Deserialize<JsonElement>(e.ToString()))]);
    }
}
