using MassTransit;
using Ukc.Assignment.Routing;
using Ukc.Contracts;

namespace Ukc.Assignment.Consumers;

/// <summary>Takes an appeal whose citizen left out of its queue, or back from the operator it was offered to.</summary>
public sealed class AppealAbandonedConsumer(AppealQueues queues) : IConsumer<AppealAbandoned>
{
    public async Task Consume(ConsumeContext<AppealAbandoned> context)
    {
        await queues.AbandonAsync(context.Message.AppealId);
    }
}
