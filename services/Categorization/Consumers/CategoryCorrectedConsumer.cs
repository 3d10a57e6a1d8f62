using MassTransit;
using Ukc.Categorization.Infrastructure;
using Ukc.Contracts;

namespace Ukc.Categorization.Consumers;

/// <summary>Keeps an operator's correction as feedback for the corpus.</summary>
public sealed class CategoryCorrectedConsumer(FeedbackStore feedback, ILogger<CategoryCorrectedConsumer> logger) : IConsumer<CategoryCorrected>
{
    public async Task Consume(ConsumeContext<CategoryCorrected> context)
    {
        var correction = context.Message;
        if (!Categories.All.Contains(correction.CorrectedCategory))
        {
            throw new InvalidMessageException($"Corrected category '{correction.CorrectedCategory}' is not a category id.");
        }

        if (await feedback.AddAsync(correction))
        {
            logger.LogInformation("Appeal {AppealId} corrected from {Previous} to {Corrected}", correction.AppealId, correction.PreviousCategory, correction.CorrectedCategory);
        }
    }
}
