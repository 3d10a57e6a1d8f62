using MassTransit;
using Ukc.Contracts;
using Ukc.Intake.Infrastructure;

namespace Ukc.Intake.Consumers;

public sealed class AppealRequeuedConsumer(AppealStore store) : IConsumer<AppealRequeued>
{
    public Task Consume(ConsumeContext<AppealRequeued> context)
    {
        var message = context.Message;
        return store.RecordEventAsync(message.AppealId, AppealStatuses.Queued, message.RequeuedAt,
            statusFacts: new Dictionary<string, string> { ["queue"] = message.Queue, ["requeueReason"] = message.Reason });
    }
}
