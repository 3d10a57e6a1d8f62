using Microsoft.AspNetCore.Server.Kestrel.Core;
using Ukc.Contracts;
using Ukc.Intake.Apis;
using Ukc.Intake.Consumers;
using Ukc.Intake.Domain;
using Ukc.Intake.Infrastructure;

namespace Ukc.Intake;

internal static class Extensions
{
    /// <summary>An appeal is at most 4,000 characters; no honest request comes near this.</summary>
    private const long MaxRequestBodyBytes = 64 * 1024;

    public static void AddApplicationServices(this IHostApplicationBuilder builder)
    {
        builder.AddUkcRedis();
        builder.AddUkcMessaging(typeof(AppealCategorizedConsumer).Assembly);
        builder.Services.AddOptions<IntakeOptions>().BindConfiguration(IntakeOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddOpenApi();
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddSingleton<AppealStore>();
        builder.Services.AddSingleton<AppealIntake>();
        builder.Services.AddSingleton<TrackingCodes>();
        builder.Services.AddSingleton<PhoneLimits>();
        builder.Services.AddSingleton<AppealArchiver>();
        builder.Services.AddHostedService(services => services.GetRequiredService<AppealArchiver>());
        builder.AddUkcOutbox(RedisKeys.Outbox, typeof(AppealReceived).Assembly);
        builder.Services.Configure<KestrelServerOptions>(kestrel => kestrel.Limits.MaxRequestBodySize = MaxRequestBodyBytes);
    }
}
