using Microsoft.AspNetCore.Http.HttpResults;
using Ukc.Categorization.Domain;

namespace Ukc.Categorization.Apis;

public static class CategorizationApi
{
    public const int MaxTextLength = 4000;

    public static IEndpointRouteBuilder MapCategorizationApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/categorization").WithTags("Categorization");
        api.MapPost("/classify", ClassifyAsync)
            .Accepts<ClassifyRequest>("application/json")
            .WithSummary("Classify a text without creating an appeal");
        return app;
    }

    public static async Task<Results<Ok<Classification>, ValidationProblem>> ClassifyAsync(
        HttpRequest request, KeywordClassifier classifier, CancellationToken cancellationToken)
    {
        var (body, errors) = await JsonBody.ReadAsync<ClassifyRequest>(request, cancellationToken);
        var text = body?.Text?.Trim() ?? "";
        if (errors is null && (text.Length == 0 || text.Length > MaxTextLength))
        {
            errors = new() { ["text"] = [$"The text is required and must be at most {MaxTextLength} characters."] };
        }

        return errors is not null
            ? TypedResults.ValidationProblem(errors, title: "The text cannot be classified.")
            : TypedResults.Ok(classifier.Classify(text));
    }
}

public sealed record ClassifyRequest(string? Text);
