using MassTransit;
using Ukc.Contracts;
using Ukc.Intake.Infrastructure;

namespace Ukc.Intake.Consumers;

public sealed class AppealQueuedConsumer(AppealStore store) : IConsumer<AppealQueued>
{
    public Task Consume(ConsumeContext<AppealQueued> context)
    {
        var message = context.Message;
        return store.RecordEventAsync(message.AppealId, AppealStatuses.Queued, message.QueuedAt,
            statusFacts: new Dictionary<string, string> { ["queue"] = message.Queue });
    }
}
