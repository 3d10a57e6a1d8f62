using MassTransit;
using Ukc.Contracts;
using Ukc.Reporting.Infrastructure;

namespace Ukc.Reporting.Consumers;

public sealed class AppealQueuedConsumer(AppealCounts counts) : IConsumer<AppealQueued>
{
    public Task Consume(ConsumeContext<AppealQueued> context) =>
        counts.RecordAsync(AppealCounts.Queued, context.Message.AppealId);
}
