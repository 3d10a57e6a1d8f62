using MassTransit;
using Ukc.Assignment.Infrastructure;
using Ukc.Contracts;

namespace Ukc.Assignment.Consumers;

/// <summary>
/// Queues each categorized appeal (or schedules its callback). A redelivery queues nothing twice but
/// publishes again, as the first attempt may have failed between the two.
/// </summary>
public sealed class AppealCategorizedConsumer(AppealQueues queues, RoutingEvents events) : IConsumer<AppealCategorized>
{
    public async Task Consume(ConsumeContext<AppealCategorized> context)
    {
        await events.PublishAsync(await queues.EnqueueAsync(context.Message));
    }
}
