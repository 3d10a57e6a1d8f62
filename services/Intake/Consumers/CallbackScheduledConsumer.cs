using MassTransit;
using Ukc.Contracts;
using Ukc.Intake.Infrastructure;

namespace Ukc.Intake.Consumers;

public sealed class CallbackScheduledConsumer(AppealStore store) : IConsumer<CallbackScheduled>
{
    public Task Consume(ConsumeContext<CallbackScheduled> context)
    {
        var message = context.Message;
        return store.RecordEventAsync(message.AppealId, AppealStatuses.CallbackScheduled, message.ScheduledAt,
            statusFacts: new Dictionary<string, string>
            {
                ["callbackScheduledFrom"] = message.WindowStart.ToString("O", System.Globalization.CultureInfo.InvariantCulture),
                ["callbackScheduledTo"] = message.WindowEnd.ToString("O", System.Globalization.CultureInfo.InvariantCulture),
            });
    }
}
