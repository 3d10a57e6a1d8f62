using Microsoft.AspNetCore.Server.Kestrel.Core;
using MassTransit;
using Ukc.Intake.Consumers;
using Ukc.Intake.Infrastructure;

namespace Ukc.Intake;

internal static class Extensions
{
    public static void AddApplicationServices(this IHostApplicationBuilder builder)
    {
        builder.AddUkcRedis();
        builder.AddUkcMessaging(bus => bus.AddConsumers(typeof(AppealCategorizedConsumer).Assembly));
        builder.Services.AddOpenApi();
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddSingleton<AppealStore>();
        builder.Services.Configure<KestrelServerOptions>(kestrel => kestrel.Limits.MaxRequestBodySize = 64 * 1024);
    }
}
