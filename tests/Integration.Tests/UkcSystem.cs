using MassTransit;
using StackExchange.Redis;

namespace Integration.Tests;

/// <summary>
/// The whole system started the way the AppHost starts it, with local RabbitMQ and Redis in a
/// state folder of its own; shared by the tests of one collection and stopped with every process.
/// </summary>
public sealed class UkcSystem : IAsyncLifetime
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromMinutes(4);
    private readonly string stateFolder = Path.Combine(Path.GetTempPath(), $"ukc-system-{Guid.NewGuid():N}");
    private DistributedApplication? app;

    public HttpClient Gateway { get; private set; } = null!;

    public IConnectionMultiplexer Redis { get; private set; } = null!;

    /// <summary>A bus of the test's own on the system's RabbitMQ, to publish what another service would.</summary>
    public IBusControl Bus { get; private set; } = null!;

    public DistributedApplication App => app ?? throw new InvalidOperationException("The system is not running.");

    public async Task InitializeAsync()
    {
        var builder = await DistributedApplicationTestingBuilder.CreateAsync<Projects.AppHost>(
        [
            "--Infrastructure:Mode=local",
            $"--Infrastructure:StateFolder={stateFolder}",
            "--Infrastructure:RedisPort=0",
            "--Infrastructure:RabbitMqPort=0",
            "--Infrastructure:RabbitMqDistributionPort=0",
        ]);
        app = await builder.BuildAsync();
        try
        {
            using var timeout = new CancellationTokenSource(StartTimeout);
            await app.StartAsync(timeout.Token);
            await app.ResourceNotifications.WaitForResourceHealthyAsync("gateway", timeout.Token);
            Gateway = app.CreateHttpClient("gateway");
            Redis = await ConnectionMultiplexer.ConnectAsync((await app.GetConnectionStringAsync("redis"))!);
            var messaging = new Uri((await app.GetConnectionStringAsync("messaging"))!);
            Bus = MassTransit.Bus.Factory.CreateUsingRabbitMq(rabbit => rabbit.Host(messaging));
            await Bus.StartAsync(timeout.Token);
        }
        catch
        {
            await DisposeAsync();
            throw;
        }
    }

    public async Task DisposeAsync()
    {
        if (Bus is not null)
        {
            await Bus.StopAsync();
        }

        Redis?.Dispose();
        if (app is not null)
        {
            await app.StopAsync();
            await app.DisposeAsync();
            app = null;
        }

        if (Directory.Exists(stateFolder))
        {
            Directory.Delete(stateFolder, recursive: true);
        }
    }
}

[CollectionDefinition(Name)]
public sealed class UkcSystemCollection : ICollectionFixture<UkcSystem>
{
    public const string Name = "UKC system";
}
