using Ukc.Reporting.Consumers;
using Ukc.Reporting.Infrastructure;

namespace Ukc.Reporting;

internal static class Extensions
{
    public static void AddApplicationServices(this IHostApplicationBuilder builder)
    {
        builder.AddUkcRedis();
        builder.AddUkcMessaging(typeof(AppealReceivedConsumer).Assembly);
        builder.Services.AddOpenApi();
        builder.Services.AddSingleton<AppealCounts>();
    }
}
