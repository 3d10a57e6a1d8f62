using MassTransit;
using Ukc.Contracts;
using Ukc.Intake.Infrastructure;

namespace Ukc.Intake.Consumers;

public sealed class AppealResolvedConsumer(AppealStore store) : IConsumer<AppealResolved>
{
    public Task Consume(ConsumeContext<AppealResolved> context)
    {
        var message = context.Message;
        var facts = new Dictionary<string, string> { ["operatorId"] = message.OperatorId, ["resolution"] = message.Resolution };
        if (message.Notes is not null)
        {
            facts["notes"] = message.Notes;
        }

        if (message.CorrectedCategory is not null)
        {
            facts["correctedCategory"] = message.CorrectedCategory;
        }

        return store.RecordEventAsync(message.AppealId, AppealStatuses.Resolved, message.ResolvedAt, statusFacts: facts);
    }
}
