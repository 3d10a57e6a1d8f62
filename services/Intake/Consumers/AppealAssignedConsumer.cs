using MassTransit;
using Ukc.Contracts;
using Ukc.Intake.Infrastructure;

namespace Ukc.Intake.Consumers;

public sealed class AppealAssignedConsumer(AppealStore store) : IConsumer<AppealAssigned>
{
    public Task Consume(ConsumeContext<AppealAssigned> context)
    {
        var message = context.Message;
        return store.RecordEventAsync(message.AppealId, AppealStatuses.Assigned, message.AssignedAt,
            statusFacts: new Dictionary<string, string> { ["operatorId"] = message.OperatorId, ["routing"] = message.Fallback ?? "skills" });
    }
}
