using MassTransit;
using Ukc.Assignment.Routing;
using Ukc.Contracts;

namespace Ukc.Assignment.Consumers;

/// <summary>Sends operators under an air-raid alert or power outage to shelter, and brings them back when it ends.</summary>
public sealed class RegionalAlertChangedConsumer(Operators operators) : IConsumer<RegionalAlertChanged>
{
    public async Task Consume(ConsumeContext<RegionalAlertChanged> context)
    {
        await operators.ApplyAlertAsync(context.Message);
    }
}
