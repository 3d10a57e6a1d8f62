using MassTransit;
using Ukc.Assignment.Domain;
using Ukc.Assignment.Infrastructure;
using Ukc.Contracts;

namespace Ukc.Assignment.Consumers;

public sealed class AppealCategorizedConsumer(AppealQueues queues, TimeProvider time, ILogger<AppealCategorizedConsumer> logger)
    : IConsumer<AppealCategorized>
{
    public async Task Consume(ConsumeContext<AppealCategorized> context)
    {
        var appeal = context.Message;
        var queue = QueueOrder.QueueName(appeal.Skills);
        var now = time.GetUtcNow();
        if (await queues.EnqueueAsync(appeal.AppealId, queue, appeal.Priority, appeal.ReceivedAt, now))
        {
            logger.LogInformation("Appeal {AppealId} queued in {Queue} at priority {Priority}", appeal.AppealId, queue, appeal.Priority);
        }

        // Published also for a redelivery: the first attempt may have queued the appeal and failed before publishing.
        await context.Publish(new AppealQueued(appeal.AppealId, queue, appeal.Priority, appeal.ReceivedAt, now));
    }
}
