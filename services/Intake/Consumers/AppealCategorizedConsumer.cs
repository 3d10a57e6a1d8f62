using MassTransit;
using Ukc.Contracts;
using Ukc.Intake.Infrastructure;

namespace Ukc.Intake.Consumers;

public sealed class AppealCategorizedConsumer(AppealStore store) : IConsumer<AppealCategorized>
{
    public Task Consume(ConsumeContext<AppealCategorized> context)
    {
        var message = context.Message;
        return store.AdvanceStatusAsync(message.AppealId, AppealStatuses.Categorized, message.CategorizedAt,
            ("category", message.Category), ("priority", message.Priority));
    }
}
