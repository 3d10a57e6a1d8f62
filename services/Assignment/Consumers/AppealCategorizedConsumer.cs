using MassTransit;
using Ukc.Assignment.Routing;
using Ukc.Contracts;

namespace Ukc.Assignment.Consumers;

/// <summary>Queues each categorized appeal, or schedules its callback; a redelivery changes nothing.</summary>
public sealed class AppealCategorizedConsumer(AppealQueues queues) : IConsumer<AppealCategorized>
{
    public async Task Consume(ConsumeContext<AppealCategorized> context)
    {
        await queues.EnqueueAsync(context.Message);
    }
}
