using Microsoft.Extensions.Options;
using Ukc.Categorization.Consumers;
using Ukc.Categorization.Domain;
using Ukc.Categorization.Infrastructure;

namespace Ukc.Categorization;

internal static class Extensions
{
    public static void AddApplicationServices(this IHostApplicationBuilder builder)
    {
        builder.AddUkcRedis();
        builder.AddUkcMessaging(typeof(AppealReceivedConsumer).Assembly);
        builder.Services.AddOpenApi();
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddOptions<CategorizationOptions>().BindConfiguration(CategorizationOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        // Trained once from the embedded corpus; Program resolves it before the bus starts taking messages.
        builder.Services.AddSingleton(services =>
            AppealClassifier.TrainOnCorpus(services.GetRequiredService<IOptions<CategorizationOptions>>().Value.ReviewThreshold));
        builder.Services.AddSingleton<FeedbackStore>();
        builder.Services.AddSingleton<CategorizedAppeals>();
    }
}
