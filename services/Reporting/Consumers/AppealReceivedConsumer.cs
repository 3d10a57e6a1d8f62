using MassTransit;
using Ukc.Contracts;
using Ukc.Reporting.Infrastructure;

namespace Ukc.Reporting.Consumers;

public sealed class AppealReceivedConsumer(AppealCounts counts) : IConsumer<AppealReceived>
{
    public Task Consume(ConsumeContext<AppealReceived> context) =>
        counts.RecordAsync(AppealCounts.Received, context.Message.AppealId, $"channel:{context.Message.Channel}");
}
