using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Time.Testing;
using Npgsql;
using Ukc.Reporting.Figures;
using Ukc.Reporting.Ingest;

namespace Reporting.Tests;

/// <summary>
/// The Reporting service on a real PostgreSQL, without its broker and background loops: tests write events
/// straight into the history and read the reports over HTTP, at a time they set.
/// </summary>
public sealed class ReportingService : IAsyncLifetime
{
    private readonly PostgresServer postgres = new();
    private WebApplicationFactory<Program> factory = null!;

    public FakeTimeProvider Time { get; } = new(new DateTimeOffset(2026, 10, 1, 10, 0, 0, TimeSpan.Zero));

    public HttpClient Client { get; private set; } = null!;

    /// <summary>Staffing's forecast API as Reporting calls it: the hours each day's forecast has.</summary>
    public StaffingForecasts Staffing { get; } = new();

    public IServiceProvider Services => factory.Services;

    public EventHistory History => Services.GetRequiredService<EventHistory>();

    public NpgsqlDataSource Database => postgres.DataSource;

    public async Task InitializeAsync()
    {
        await postgres.InitializeAsync();
        factory = WithSettings();
        Client = factory.CreateClient().AsSupervisor();
    }

    /// <summary>An instance of the service on the test's database, with settings of its own where given.</summary>
    public WebApplicationFactory<Program> WithSettings(params (string Key, string Value)[] settings) =>
        new WebApplicationFactory<Program>().WithWebHostBuilder(host =>
        {
            foreach (var (key, value) in settings)
            {
                host.UseSetting(key, value);
            }

            host.UseSetting("ConnectionStrings:reports", postgres.ConnectionString)
                .UseSetting("ConnectionStrings:messaging", "amqp://guest:guest@127.0.0.1:1/")
                .UseSetting("Auth:ServiceTokenKey", ServiceCallers.Key)
                .UseSetting("services:staffing:http:0", "http://staffing.test")
                .ConfigureServices(services =>
                {
                    services.RemoveAll<IHostedService>();
                    services.RemoveAll<TimeProvider>();
                    services.AddSingleton<TimeProvider>(Time);
                    services.AddHttpClient<ForecastAccuracy>().ConfigurePrimaryHttpMessageHandler(() => Staffing);
                });
        });

    /// <summary>Moves the clock on to at least this instant; it never goes back.</summary>
    public void AtLeast(DateTimeOffset instant)
    {
        if (instant > Time.GetUtcNow())
        {
            Time.SetUtcNow(instant);
        }
    }

    /// <summary>Empties the history between tests.</summary>
    public async Task ClearAsync()
    {
        await using var command = Database.CreateCommand(
            "TRUNCATE reporting.operator_states, reporting.events, reporting.appeals, reporting.operator_spans, reporting.queue_quarters, reporting.arrival_quarters, reporting.stale_quarters");
        await command.ExecuteNonQueryAsync();
    }

    public async Task DisposeAsync()
    {
        Client?.Dispose();
        if (factory is not null)
        {
            await factory.DisposeAsync();
        }

        await postgres.DisposeAsync();
    }
}

[CollectionDefinition(Name)]
public sealed class ReportingCollection : ICollectionFixture<ReportingService>
{
    public const string Name = "Reporting on PostgreSQL";
}
