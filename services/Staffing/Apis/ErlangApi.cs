using Microsoft.AspNetCore.Http.HttpResults;
using Ukc.Staffing.Domain;

namespace Ukc.Staffing.Apis;

public static class ErlangApi
{
    public static IEndpointRouteBuilder MapErlangApi(this IEndpointRouteBuilder app)
    {
        app.MapPost("/api/staffing/erlang", CalculateAsync)
            .WithTags("Erlang")
            .Accepts<StaffingQuestion>("application/json")
            .WithSummary("Operators needed for a service-level target (Erlang C, or Erlang A with patience), or the service level of a given number");
        return app;
    }

    public static async Task<Results<Ok<StaffingAnswer>, ValidationProblem>> CalculateAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        var (question, errors) = await JsonBody.ReadAsync<StaffingQuestion>(request, cancellationToken);
        errors ??= question!.Validate();
        if (errors is not null)
        {
            return TypedResults.ValidationProblem(errors, title: "The staffing question cannot be answered.");
        }

        try
        {
            return TypedResults.Ok(question!.Answer());
        }
        catch (ErlangAOutOfRangeException exception)
        {
            return TypedResults.ValidationProblem(
                new Dictionary<string, string[]> { ["patienceSeconds"] = [exception.Message] },
                title: "The staffing question cannot be answered.");
        }
    }
}
