using MassTransit;
using Ukc.Assignment.Infrastructure;
using Ukc.Contracts;

namespace Ukc.Assignment.Consumers;

/// <summary>Takes an appeal whose citizen left out of its queue, or back from the operator it was offered to.</summary>
public sealed class AppealAbandonedConsumer(AppealQueues queues, RoutingEvents events) : IConsumer<AppealAbandoned>
{
    public async Task Consume(ConsumeContext<AppealAbandoned> context)
    {
        await events.PublishAsync(await queues.AbandonAsync(context.Message.AppealId));
    }
}
