using MassTransit;
using Microsoft.AspNetCore.Http.HttpResults;
using Ukc.Contracts;
using Ukc.Intake.Domain;
using Ukc.Intake.Infrastructure;

namespace Ukc.Intake.Apis;

public static class AppealsApi
{
    public static IEndpointRouteBuilder MapAppealsApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/appeals").WithTags("Appeals");
        api.MapPost("/", SubmitAsync)
            .Accepts<AppealSubmission>("application/json")
            .WithSummary("File a citizen's appeal from the web form, the chat or a callback request");
        api.MapGet("/{id:guid}", GetAsync).WithSummary("An appeal's current status");
        return app;
    }

    public static async Task<Results<Accepted<AppealAccepted>, ValidationProblem, ProblemHttpResult>> SubmitAsync(
        HttpRequest request,
        AppealStore store,
        IPublishEndpoint bus,
        TimeProvider time,
        ILogger<AppealStore> logger,
        CancellationToken cancellationToken)
    {
        var (submission, errors) = await JsonBody.ReadAsync<AppealSubmission>(request, cancellationToken);
        errors ??= submission!.Validate();
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors, title: "The appeal is not valid.");
        }

        var now = time.GetUtcNow();
        var appeal = Appeal.From(submission!, Guid.CreateVersion7(now), now);
        await store.CreateAsync(appeal);
        try
        {
            await bus.Publish(
                new AppealReceived(appeal.Id, appeal.Channel, appeal.Text, appeal.Region, appeal.PreferredLanguage, appeal.ReceivedAt),
                cancellationToken);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            await store.DeleteAsync(appeal.Id);
            logger.LogError(exception, "Appeal {AppealId} could not be published and was not accepted", appeal.Id);
            return TypedResults.Problem(
                title: "The appeal could not be accepted right now. Please try again.",
                statusCode: StatusCodes.Status503ServiceUnavailable);
        }

        logger.LogInformation("Appeal {AppealId} received through {Channel}", appeal.Id, appeal.Channel);
        return TypedResults.Accepted($"/api/appeals/{appeal.Id}", new AppealAccepted(appeal.Id, appeal.Status, appeal.ReceivedAt));
    }

    public static async Task<Results<Ok<AppealView>, NotFound>> GetAsync(Guid id, AppealStore store)
    {
        var appeal = await store.GetAsync(id);
        return appeal is null ? TypedResults.NotFound() : TypedResults.Ok(AppealView.From(appeal));
    }
}

public sealed record AppealAccepted(Guid Id, string Status, DateTimeOffset ReceivedAt);

public sealed record AppealView(
    Guid Id,
    string Status,
    string Channel,
    string Text,
    string? Category,
    string? Priority,
    string? Region,
    DateTimeOffset ReceivedAt,
    DateTimeOffset UpdatedAt)
{
    public static AppealView From(Appeal appeal) => new(
        appeal.Id, appeal.Status, appeal.Channel, appeal.Text, appeal.Category, appeal.Priority, appeal.Region,
        appeal.ReceivedAt, appeal.UpdatedAt);
}
