using MassTransit;
using Ukc.Categorization.Domain;
using Ukc.Categorization.Infrastructure;
using Ukc.Contracts;

namespace Ukc.Categorization.Consumers;

/// <summary>
/// Classifies each new appeal. Classification is deterministic and the time is the first one, so a redelivery
/// publishes the same facts again.
/// </summary>
public sealed class AppealReceivedConsumer(
    AppealClassifier classifier, CategorizedAppeals categorized, TimeProvider time, ILogger<AppealReceivedConsumer> logger)
    : IConsumer<AppealReceived>
{
    public async Task Consume(ConsumeContext<AppealReceived> context)
    {
        var appeal = context.Message;
        var text = appeal.Text?.Trim();
        if (appeal.AppealId == Guid.Empty || !AppealText.IsClassifiable(text))
        {
            throw new InvalidMessageException(
                $"Appeal {appeal.AppealId} cannot be classified: it needs an id and a text of 1 to {AppealText.MaxLength} characters.");
        }

        var result = classifier.Classify(text);
        var categorizedAt = await categorized.FirstCategorizedAtAsync(appeal.AppealId, time.GetUtcNow());
        await context.Publish(new AppealCategorized(
            appeal.AppealId, appeal.Channel, result.Category, result.Priority, result.Distress, result.Language, result.Skills,
            result.Confidence, result.NeedsReview, appeal.ReceivedAt, categorizedAt, appeal.CallbackFrom, appeal.CallbackTo));
        logger.LogDebug("Appeal {AppealId} categorized as {Category} with priority {Priority}", appeal.AppealId, result.Category, result.Priority);
    }
}
