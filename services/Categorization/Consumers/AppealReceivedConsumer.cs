using MassTransit;
using Ukc.Categorization.Domain;
using Ukc.Contracts;

namespace Ukc.Categorization.Consumers;

/// <summary>Classifies each new appeal. Classification is deterministic, so a redelivery publishes the same facts again.</summary>
public sealed class AppealReceivedConsumer(KeywordClassifier classifier, TimeProvider time, ILogger<AppealReceivedConsumer> logger)
    : IConsumer<AppealReceived>
{
    public async Task Consume(ConsumeContext<AppealReceived> context)
    {
        var appeal = context.Message;
        var result = classifier.Classify(appeal.Text);
        await context.Publish(new AppealCategorized(
            appeal.AppealId, appeal.Channel, result.Category, result.Priority, result.Distress, result.Language, result.Skills,
            result.Confidence, result.NeedsReview, appeal.ReceivedAt, time.GetUtcNow()));
        logger.LogInformation("Appeal {AppealId} categorized as {Category} with priority {Priority}", appeal.AppealId, result.Category, result.Priority);
    }
}
