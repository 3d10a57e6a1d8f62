using Ukc.Contracts;
using Ukc.Staffing.Consumers;
using Ukc.Staffing.Infrastructure;

namespace Ukc.Staffing;

internal static class Extensions
{
    public static void AddApplicationServices(this IHostApplicationBuilder builder)
    {
        builder.AddUkcRedis();
        builder.AddUkcMessaging(typeof(AppealReceivedConsumer).Assembly);
        builder.AddUkcOutbox(RedisKeys.Outbox, typeof(OperatorRosterChanged).Assembly);
        builder.Services.AddOpenApi();
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddOptions<StaffingOptions>().BindConfiguration(StaffingOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddSingleton<Roster>();
        builder.Services.AddSingleton<RegionalAlerts>();
        builder.Services.AddSingleton<ArrivalCounts>();
        builder.Services.AddHostedService<AlertFeeds>();
    }
}
