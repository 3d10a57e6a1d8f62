using Microsoft.AspNetCore.Http.HttpResults;
using Ukc.Categorization.Domain;
using Ukc.Categorization.Infrastructure;

namespace Ukc.Categorization.Apis;

public static class CategorizationApi
{
    public const string JsonLines = "application/x-ndjson";

    public static IEndpointRouteBuilder MapCategorizationApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/categorization").WithTags("Categorization");
        api.MapPost("/classify", ClassifyAsync)
            .Accepts<ClassifyRequest>("application/json")
            .WithSummary("Classify a text without creating an appeal");
        api.MapGet("/feedback", ExportFeedbackAsync)
            .Produces(StatusCodes.Status200OK, contentType: JsonLines)
            .WithSummary("Operators' category corrections as JSON Lines, to grow the corpus");
        return app;
    }

    public static async Task<Results<Ok<Classification>, ValidationProblem>> ClassifyAsync(
        HttpRequest request, AppealClassifier classifier, CancellationToken cancellationToken)
    {
        var (body, errors) = await JsonBody.ReadAsync<ClassifyRequest>(request, cancellationToken);
        var text = body?.Text?.Trim() ?? "";
        if (errors is null && !AppealText.IsClassifiable(text))
        {
            errors = new() { ["text"] = [$"The text is required and must be at most {AppealText.MaxLength} characters."] };
        }

        return errors is not null
            ? TypedResults.ValidationProblem(errors, title: "The text cannot be classified.")
            : TypedResults.Ok(classifier.Classify(text));
    }

    /// <remarks>Read whole before answering, so that Redis being down is a 503 and not a cut-off 200.</remarks>
    public static async Task<ContentHttpResult> ExportFeedbackAsync(FeedbackStore feedback)
    {
        var lines = await feedback.ExportAsync();
        return TypedResults.Text(string.Concat(lines.Select(line => line + "\n")), JsonLines);
    }
}

public sealed record ClassifyRequest(string? Text);
