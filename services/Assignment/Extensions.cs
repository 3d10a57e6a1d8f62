using Ukc.Assignment.Consumers;
using Ukc.Assignment.Infrastructure;

namespace Ukc.Assignment;

internal static class Extensions
{
    public static void AddApplicationServices(this IHostApplicationBuilder builder)
    {
        builder.AddUkcRedis();
        builder.AddUkcMessaging(bus => bus.AddConsumer<AppealCategorizedConsumer>());
        builder.Services.AddOpenApi();
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddSingleton<AppealQueues>();
    }
}
