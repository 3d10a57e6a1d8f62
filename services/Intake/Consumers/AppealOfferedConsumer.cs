using MassTransit;
using Ukc.Contracts;
using Ukc.Intake.Infrastructure;

namespace Ukc.Intake.Consumers;

public sealed class AppealOfferedConsumer(AppealStore store) : IConsumer<AppealOffered>
{
    public Task Consume(ConsumeContext<AppealOffered> context)
    {
        var message = context.Message;
        return store.RecordEventAsync(message.AppealId, AppealStatuses.Offered, message.OfferedAt,
            statusFacts: new Dictionary<string, string>
            {
                ["operatorId"] = message.OperatorId,
                ["offerId"] = message.OfferId.ToString(),
                ["routing"] = message.Fallback ?? "skills",
            });
    }
}
