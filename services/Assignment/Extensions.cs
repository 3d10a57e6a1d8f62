using Ukc.Assignment.Consumers;
using Ukc.Assignment.Routing;
using Ukc.Contracts;

namespace Ukc.Assignment;

internal static class Extensions
{
    public static void AddApplicationServices(this IHostApplicationBuilder builder)
    {
        builder.AddUkcRedis();
        builder.AddUkcMessaging(typeof(AppealCategorizedConsumer).Assembly);
        builder.AddUkcOutbox(RedisKeys.Outbox, typeof(AppealQueued).Assembly);
        builder.Services.AddOpenApi();
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddOptions<AssignmentOptions>().BindConfiguration(AssignmentOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddSingleton<RoutingScripts>();
        builder.Services.AddSingleton<AppealQueues>();
        builder.Services.AddSingleton<Offers>();
        builder.Services.AddSingleton<Operators>();
        builder.Services.AddSingleton<OperatorFeed>();
        builder.Services.AddSingleton<RoutingSignal>();
        builder.Services.AddHostedService<RoutingLoop>();
    }
}
