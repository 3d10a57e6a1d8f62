using Ukc.Contracts;
using Ukc.ServiceDefaults.Auth;
using Microsoft.AspNetCore.Http.HttpResults;
using Ukc.Staffing.Domain;

namespace Ukc.Staffing.Apis;

public static class ErlangApi
{
    public static IEndpointRouteBuilder MapErlangApi(this IEndpointRouteBuilder app)
    {
        app.MapPost("/api/staffing/erlang", Calculate)
            .WithTags("Erlang")
            .RequireAuthorization(Access.Supervisors)
            .WithSummary("Operators needed for a service-level target (Erlang C, or Erlang A with patience), or the service level of a given number");
        return app;
    }

    public static Results<Ok<StaffingAnswer>, ValidationProblem> Calculate(Body<StaffingQuestion> body)
    {
        try
        {
            return TypedResults.Ok(body.Value.Answer());
        }
        catch (ErlangAOutOfRangeException exception)
        {
            return TypedResults.ValidationProblem(
                new Dictionary<string, string[]> { ["patienceSeconds"] = [exception.Message] },
                title: StaffingQuestion.InvalidTitle);
        }
    }
}
