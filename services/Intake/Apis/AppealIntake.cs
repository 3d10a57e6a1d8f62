using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Http.HttpResults;
using Ukc.Contracts;
using Ukc.Intake.Domain;
using Ukc.Intake.Infrastructure;

namespace Ukc.Intake.Apis;

/// <summary>Takes a validated appeal from any channel into the store and answers the caller the same way.</summary>
public sealed class AppealIntake(AppealStore store, Outbox outbox, TrackingCodes codes, TimeProvider time, ILogger<AppealIntake> logger)
{
    /// <param name="errors">What the channel's checks found wrong with the details; the Idempotency-Key is checked with them.</param>
    public async Task<Results<Accepted<AppealAccepted>, ValidationProblem, ArchivedAppeal, ProblemHttpResult>> AcceptAsync(
        AppealDetails details, Dictionary<string, string[]> errors, string? idempotencyKey)
    {
        if (idempotencyKey is { Length: 0 or > AppealsApi.MaxIdempotencyKeyLength })
        {
            errors["Idempotency-Key"] = [$"The Idempotency-Key header must be 1 to {AppealsApi.MaxIdempotencyKeyLength} characters."];
        }

        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors, title: AppealFields.InvalidTitle);
        }

        var now = time.GetUtcNow();
        var result = await store.AcceptAsync(Guid.CreateVersion7(now), details, now, idempotencyKey, Fingerprint(details));
        if (result.Outcome == AcceptOutcome.KeyReused)
        {
            return TypedResults.Problem(
                title: "This Idempotency-Key was used for a different appeal.",
                detail: "Send a new key for a new appeal, or the same request to get the first answer again.",
                statusCode: StatusCodes.Status422UnprocessableEntity);
        }

        if (result.Outcome != AcceptOutcome.Created)
        {
            // Archiving drops the key and the call with their appeal, but may come between the script and this read.
            var first = await store.GetAsync(result.AppealId);
            return first is null ? new ArchivedAppeal(result.AppealId) : Accepted(first.Id, first.ReceivedAt, first.RepeatOf);
        }

        outbox.Written();
        logger.LogDebug("Appeal {AppealId} received through {Channel} from {Caller}",
            result.AppealId, details.Channel, PersonalData.MaskPhone(details.Phone));
        return Accepted(result.AppealId, now, result.RepeatOf);
    }

    private Accepted<AppealAccepted> Accepted(Guid id, DateTimeOffset receivedAt, Guid? repeatOf)
    {
        var code = codes.For(id);
        return TypedResults.Accepted($"/api/appeals/{id}?code={code}", new AppealAccepted(id, AppealStatuses.Received, receivedAt, repeatOf, code));
    }

    /// <summary>The citizen left before an operator took the appeal: it is announced, and the queue drops it.</summary>
    /// <remarks>An archived appeal was closed long ago: 410, with where it is now.</remarks>
    public async Task<Results<Accepted, NotFound, ArchivedAppeal, ProblemHttpResult>> AbandonAsync(Guid id, string reason)
    {
        var appeal = await store.GetAsync(id);
        if (appeal is null)
        {
            return await store.IsArchivedAsync(id) ? new ArchivedAppeal(id) : TypedResults.NotFound();
        }

        if (StatusOrder.IsFinal(appeal.Status) || appeal.Status == AppealStatuses.Assigned)
        {
            return TypedResults.Problem(
                title: $"The appeal is {appeal.Status} and can no longer be abandoned.", statusCode: StatusCodes.Status409Conflict);
        }

        await outbox.AddAsync(new AppealAbandoned(id, reason, time.GetUtcNow()));
        return TypedResults.Accepted($"/api/appeals/{id}");
    }

    /// <summary>A retried request is recognised by what it asks for, not by its spelling: the normalised details.</summary>
    internal static string Fingerprint(AppealDetails details) =>
        Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(JsonSerializer.Serialize(details, UkcJson.Options))));
}
