using Ukc.Assignment.Consumers;
using Ukc.Assignment.Domain;
using Ukc.Assignment.Infrastructure;
using Ukc.Contracts;

namespace Ukc.Assignment;

internal static class Extensions
{
    public static void AddApplicationServices(this IHostApplicationBuilder builder)
    {
        builder.AddUkcRedis();
        builder.AddUkcMessaging(bus =>
        {
            bus.AddConsumer<AppealCategorizedConsumer>();
            bus.AddConsumer<AppealAbandonedConsumer>();
            bus.AddConsumer<OperatorRosterChangedConsumer>();
            bus.AddConsumer<RegionalAlertChangedConsumer>();
        });
        builder.AddUkcOutbox(RedisKeys.Outbox, typeof(AppealQueued).Assembly);
        builder.Services.AddOpenApi();
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddSingleton(builder.Configuration.GetSection(RoutingOptions.Section).Get<RoutingOptions>() ?? new RoutingOptions());
        builder.Services.AddSingleton<RoutingScripts>();
        builder.Services.AddSingleton<AppealQueues>();
        builder.Services.AddSingleton<Offers>();
        builder.Services.AddSingleton<Operators>();
        builder.Services.AddSingleton<OperatorFeed>();
        builder.Services.AddSingleton<RoutingSignal>();
        builder.Services.AddSingleton<RoutingEvents>();
        builder.Services.AddHostedService<RoutingLoop>();
    }
}
