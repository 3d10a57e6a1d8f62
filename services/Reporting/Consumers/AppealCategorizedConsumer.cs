using MassTransit;
using Ukc.Contracts;
using Ukc.Reporting.Infrastructure;

namespace Ukc.Reporting.Consumers;

public sealed class AppealCategorizedConsumer(AppealCounts counts) : IConsumer<AppealCategorized>
{
    public Task Consume(ConsumeContext<AppealCategorized> context) =>
        counts.RecordAsync(AppealCounts.Categorized, context.Message.AppealId,
            $"category:{context.Message.Category}", $"priority:{context.Message.Priority}");
}
