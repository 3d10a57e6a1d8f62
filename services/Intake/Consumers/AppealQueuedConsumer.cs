using MassTransit;
using Ukc.Contracts;
using Ukc.Intake.Infrastructure;

namespace Ukc.Intake.Consumers;

public sealed class AppealQueuedConsumer(AppealStore store) : IConsumer<AppealQueued>
{
    public Task Consume(ConsumeContext<AppealQueued> context) =>
        store.AdvanceStatusAsync(context.Message.AppealId, AppealStatuses.Queued, context.Message.QueuedAt,
            ("queue", context.Message.Queue));
}
