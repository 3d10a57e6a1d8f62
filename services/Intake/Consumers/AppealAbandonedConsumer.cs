using MassTransit;
using Ukc.Contracts;
using Ukc.Intake.Infrastructure;

namespace Ukc.Intake.Consumers;

public sealed class AppealAbandonedConsumer(AppealStore store) : IConsumer<AppealAbandoned>
{
    public Task Consume(ConsumeContext<AppealAbandoned> context)
    {
        var message = context.Message;
        return store.RecordEventAsync(message.AppealId, AppealStatuses.Abandoned, message.AbandonedAt,
            statusFacts: new Dictionary<string, string> { ["abandonReason"] = message.Reason });
    }
}
