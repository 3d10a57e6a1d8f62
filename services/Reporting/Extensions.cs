using Ukc.Reporting.Audit;
using Ukc.ServiceDefaults.Auth;
using Ukc.Reporting.Archive;
using Ukc.Reporting.Consumers;
using Ukc.Reporting.Figures;
using Ukc.Reporting.Ingest;

namespace Ukc.Reporting;

internal static class Extensions
{
    public static void AddApplicationServices(this IHostApplicationBuilder builder)
    {
        builder.AddNpgsqlDataSource(ConnectionNames.Reports);
        builder.AddUkcMessaging(typeof(EventConsumer).Assembly);
        builder.Services.AddOptions<ReportingOptions>().BindConfiguration(ReportingOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddOpenApi();
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddSingleton<FloorChanges>();
        builder.Services.AddSingleton<EventHistory>();
        builder.Services.AddSingleton<QuarterFigures>();
        builder.Services.AddHostedService<QuarterRefresher>();
        builder.Services.AddSingleton<EventWriter>();
        builder.Services.AddHostedService(services => services.GetRequiredService<EventWriter>());
        builder.Services.AddSingleton<PersonalDataEraser>();
        builder.Services.AddHostedService(services => services.GetRequiredService<PersonalDataEraser>());
        builder.Services.AddSingleton<FigureQueries>();
        builder.Services.AddSingleton<FloorQueries>();
        builder.Services.AddSingleton<Reports>();
        builder.Services.AddSingleton<AppealRows>();
        builder.Services.AddSingleton<OperatorReports>();
        builder.Services.AddSingleton<AuditTrail>();
        builder.Services.AddTransient<ServiceTokenHandler>();
        builder.Services.AddHttpClient<ForecastAccuracy>(staffing => staffing.BaseAddress = new Uri("https+http://staffing"))
            .AddHttpMessageHandler<ServiceTokenHandler>();
    }
}
