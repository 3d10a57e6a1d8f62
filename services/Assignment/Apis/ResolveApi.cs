using Microsoft.AspNetCore.Http.HttpResults;
using Ukc.Assignment.Infrastructure;
using Ukc.Contracts;

namespace Ukc.Assignment.Apis;

/// <summary>The operator closes an appeal: how it was resolved, notes, and the right category where the classifier erred.</summary>
public static class ResolveApi
{
    public const int MaxResolutionLength = 200;
    public const int MaxNotesLength = 4000;

    public static IEndpointRouteBuilder MapResolveApi(this IEndpointRouteBuilder app)
    {
        app.MapPost("/api/appeals/{id:guid}/resolve", ResolveAsync).WithTags("Appeals").Accepts<ResolveRequest>("application/json")
            .WithSummary("Resolve an assigned appeal; the operator goes to wrap-up");
        return app;
    }

    public static async Task<Results<Ok<RoutedAppeal>, ValidationProblem, ProblemHttpResult>> ResolveAsync(
        Guid id, HttpRequest request, Offers offers, RoutingEvents events, Outbox outbox, TimeProvider time,
        CancellationToken cancellationToken)
    {
        var (body, errors) = await JsonBody.ReadAsync<ResolveRequest>(request, cancellationToken);
        errors ??= Validate(body!);
        if (errors is not null)
        {
            return TypedResults.ValidationProblem(errors, title: "The appeal cannot be resolved.");
        }

        var changes = await offers.ResolveAsync(id, body!.OperatorId);
        if (Refusals.Of(changes) is { } refusal)
        {
            return refusal;
        }

        var resolved = changes.Single(c => c.Kind == "resolved");
        var now = time.GetUtcNow();
        var corrected = body.CorrectedCategory is { } c && c != resolved.Category ? c : null;
        await outbox.AddAsync(new AppealResolved(id, resolved.OperatorId!, body.Resolution!.Trim(), body.Notes?.Trim(), corrected, now));
        if (corrected is not null)
        {
            await outbox.AddAsync(new CategoryCorrected(id, resolved.OperatorId!, resolved.Category!, corrected, now));
        }

        await events.PublishAsync(changes);
        return TypedResults.Ok((await offers.FindAsync(id))!);
    }

    private static Dictionary<string, string[]>? Validate(ResolveRequest body)
    {
        var errors = new Dictionary<string, string[]>();
        if (string.IsNullOrWhiteSpace(body.Resolution) || body.Resolution.Trim().Length > MaxResolutionLength)
        {
            errors["resolution"] = [$"Say how the appeal was resolved, in at most {MaxResolutionLength} characters."];
        }

        if (body.Notes?.Length > MaxNotesLength)
        {
            errors["notes"] = [$"Notes are at most {MaxNotesLength} characters."];
        }

        if (body.CorrectedCategory is { } category && !Categories.All.Contains(category))
        {
            errors["correctedCategory"] = [$"Unknown category; one of: {string.Join(", ", Categories.All)}."];
        }

        return errors.Count == 0 ? null : errors;
    }
}

/// <param name="OperatorId">Who resolves; when given, it must be the operator who holds the appeal.</param>
public sealed record ResolveRequest(string? OperatorId, string? Resolution, string? Notes, string? CorrectedCategory);
