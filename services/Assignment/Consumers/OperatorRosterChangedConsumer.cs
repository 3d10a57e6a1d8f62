using MassTransit;
using Ukc.Assignment.Routing;
using Ukc.Contracts;

namespace Ukc.Assignment.Consumers;

/// <summary>Follows Staffing's roster: who the operators are, their skills, region and workplace.</summary>
public sealed class OperatorRosterChangedConsumer(Operators operators) : IConsumer<OperatorRosterChanged>
{
    public async Task Consume(ConsumeContext<OperatorRosterChanged> context)
    {
        await operators.FollowRosterAsync(context.Message);
    }
}
