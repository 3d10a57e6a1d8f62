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
        builder.AddUkcMessaging(bus =>
        {
            bus.AddConsumer<AppealReceivedConsumer>();
            bus.AddConsumer<CategoryCorrectedConsumer>();
        });
        builder.Services.AddOpenApi();
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddOptions<ClassifierOptions>().BindConfiguration(ClassifierOptions.Section)
            .Validate(options => options.ReviewThreshold is > 0 and < 1, "Classifier:ReviewThreshold must be between 0 and 1.")
            .ValidateOnStart();
        // Trained once from the embedded corpus; Program resolves it before the bus starts taking messages.
        builder.Services.AddSingleton(services =>
            AppealClassifier.TrainOnCorpus(services.GetRequiredService<IOptions<ClassifierOptions>>().Value.ReviewThreshold));
        builder.Services.AddSingleton<FeedbackStore>();
    }
}
