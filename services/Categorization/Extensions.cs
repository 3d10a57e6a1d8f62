using Ukc.Categorization.Consumers;
using Ukc.Categorization.Domain;

namespace Ukc.Categorization;

internal static class Extensions
{
    public static void AddApplicationServices(this IHostApplicationBuilder builder)
    {
        builder.AddUkcMessaging(bus => bus.AddConsumer<AppealReceivedConsumer>());
        builder.Services.AddOpenApi();
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddSingleton<KeywordClassifier>();
    }
}
