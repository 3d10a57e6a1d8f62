using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Ukc.Reporting.Apis;
using Ukc.Reporting.Figures;
using Ukc.Reporting.Ingest;

namespace Ukc.Reporting.Benchmarks;

/// <summary>
/// The Reporting service's web side on Kestrel, as its Program.cs and AddApplicationServices set it up (service
/// defaults, the Aspire PostgreSQL data source, the reports API), without the RabbitMQ consumers and the background
/// writer and eraser, which need a broker and take no part in a report. Run as a process of its own by
/// <see cref="HttpBenchmark"/>, so that its memory is the server's alone.
/// </summary>
internal static class ReportingHost
{
    public static async Task<int> RunAsync(Arguments arguments)
    {
        var builder = WebApplication.CreateBuilder();
        builder.Configuration[$"ConnectionStrings:{ConnectionNames.Reports}"] = arguments.RequiredText("connection");
        builder.WebHost.UseUrls($"http://127.0.0.1:{arguments.RequiredText("port")}");
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.AddServiceDefaults();
        builder.AddNpgsqlDataSource(ConnectionNames.Reports);
        builder.Services.AddOptions<ReportingOptions>().BindConfiguration(ReportingOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddSingleton<FloorChanges>();
        builder.Services.AddSingleton<EventHistory>();
        builder.Services.AddSingleton<FigureQueries>();
        builder.Services.AddSingleton<FloorQueries>();
        builder.Services.AddSingleton<Reports>();
        builder.Services.AddSingleton<AppealRows>();
        builder.Services.AddSingleton<OperatorReports>();
        builder.Services.AddHttpClient<ForecastAccuracy>(staffing => staffing.BaseAddress = new Uri("http://staffing.invalid"));

        var app = builder.Build();
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.MapDefaultEndpoints();
        app.MapReportsApi();
        await app.RunAsync();
        return 0;
    }
}
