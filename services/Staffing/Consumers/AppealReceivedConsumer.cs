using MassTransit;
using Ukc.Contracts;
using Ukc.Staffing.Infrastructure;

namespace Ukc.Staffing.Consumers;

/// <summary>Counts each appeal in the hour it arrived, for the forecast.</summary>
public sealed class AppealReceivedConsumer(ArrivalCounts counts) : IConsumer<AppealReceived>
{
    public Task Consume(ConsumeContext<AppealReceived> context) =>
        counts.RecordAsync(context.Message.AppealId, context.Message.ReceivedAt);
}
