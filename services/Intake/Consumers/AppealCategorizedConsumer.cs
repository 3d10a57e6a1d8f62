using System.Globalization;
using MassTransit;
using Ukc.Contracts;
using Ukc.Intake.Infrastructure;

namespace Ukc.Intake.Consumers;

public sealed class AppealCategorizedConsumer(AppealStore store) : IConsumer<AppealCategorized>
{
    public Task Consume(ConsumeContext<AppealCategorized> context)
    {
        var message = context.Message;
        // What the classifier read stays true whatever order the events arrive in; the category index follows it.
        var facts = new Dictionary<string, string>
        {
            ["category"] = message.Category,
            ["priority"] = message.Priority,
            ["language"] = message.Language,
            ["distress"] = message.Distress.ToString(CultureInfo.InvariantCulture),
            ["skills"] = string.Join(',', message.Skills),
            ["confidence"] = message.Confidence.ToString("0.###", CultureInfo.InvariantCulture),
            ["needsReview"] = message.NeedsReview ? "true" : "false",
        };
        return store.RecordEventAsync(message.AppealId, AppealStatuses.Categorized, message.CategorizedAt, facts);
    }
}
