using Ukc.Contracts;
using Ukc.ServiceDefaults.Auth;
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
        api.MapPost("/classify", Classify).WithSummary("Classify a text without creating an appeal").RequireAuthorization(Access.Staff);
        api.MapGet("/feedback", ExportFeedbackAsync)
            .Produces(StatusCodes.Status200OK, contentType: JsonLines)
            .WithSummary("Operators' category corrections as JSON Lines, to grow the corpus")
            .RequireAuthorization(Access.Supervisors);
        return app;
    }

    public static Ok<Classification> Classify(Body<ClassifyRequest> body, AppealClassifier classifier) =>
        TypedResults.Ok(classifier.Classify(body.Value.Text!.Trim()));

    /// <remarks>Read whole before answering, so that Redis being down is a 503 and not a cut-off 200.</remarks>
    public static async Task<ContentHttpResult> ExportFeedbackAsync(FeedbackStore feedback)
    {
        var lines = await feedback.ExportAsync();
        return TypedResults.Text(string.Concat(lines.Select(line => line + "\n")), JsonLines);
    }
}

public sealed record ClassifyRequest(string? Text) : IRequestBody
{
    public static string InvalidTitle => "The text cannot be classified.";

    public Dictionary<string, string[]>? Validate() => AppealText.IsClassifiable(Text?.Trim() ?? "")
        ? null
        : new() { ["text"] = [$"The text is required and must be at most {AppealText.MaxLength} characters."] };
}
