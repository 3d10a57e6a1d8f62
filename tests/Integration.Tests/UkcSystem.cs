using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using MassTransit;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using StackExchange.Redis;
using Ukc.AppHost.Infrastructure;
using Ukc.ServiceDefaults.Auth;
using Ukc.ServiceDefaults.Messaging;

namespace Integration.Tests;

/// <summary>
/// The whole system started the way the AppHost starts it, with local RabbitMQ, Redis and PostgreSQL in a
/// state folder of its own; shared by the tests of one collection and stopped with every process.
/// </summary>
public sealed class UkcSystem : IAsyncLifetime
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromMinutes(4);
    private readonly string stateFolder = Path.Combine(Path.GetTempPath(), $"ukc-system-{Guid.NewGuid():N}");
    private DistributedApplication? app;

    public const string AdminPassword = "the-first-admin-of-the-tests";
    public const string PbxKey = "the-telephony-key-of-the-tests-0123456789";
    public const string PbxSecret = "the-telephony-secret-the-tests-sign-with-0123456789";

    /// <summary>The key the gateway signs the services' tokens with.</summary>
    public string ServiceTokenKey { get; } = $"the-key-the-gateway-of-the-tests-signs-with-{Guid.NewGuid():N}";

    /// <summary>The gateway, signed in as the first admin (a supervisor too).</summary>
    public HttpClient Gateway { get; private set; } = null!;

    /// <summary>The gateway as the PBX calls it, with its key.</summary>
    public HttpClient Pbx { get; private set; } = null!;

    /// <summary>Where every process sends its logs, traces and metrics.</summary>
    public TelemetrySink Telemetry { get; private set; } = null!;

    /// <summary>The OpenID Connect provider the gateway trusts beside its own accounts.</summary>
    public TestIssuer Issuer { get; private set; } = null!;

    public IConnectionMultiplexer Redis { get; private set; } = null!;

    /// <summary>Reporting's database, the connection string the AppHost gives Reporting; Reporting creates the database at its start.</summary>
    public string ReportsConnectionString { get; private set; } = "";

    /// <summary>Connections to Reporting's database, to see what Reporting wrote.</summary>
    public NpgsqlDataSource Reports { get; private set; } = null!;

    /// <summary>A bus of the test's own on the system's RabbitMQ, to publish what another service would.</summary>
    public IBusControl Bus { get; private set; } = null!;

    public DistributedApplication App => app ?? throw new InvalidOperationException("The system is not running.");

    public async Task InitializeAsync()
    {
        Issuer = await TestIssuer.StartAsync();
        Telemetry = await TelemetrySink.StartAsync();
        var builder = await DistributedApplicationTestingBuilder.CreateAsync<Projects.AppHost>(
        [
            "--Infrastructure:Mode=local",
            $"--Infrastructure:StateFolder={stateFolder}",
            "--Infrastructure:RedisPort=0",
            "--Infrastructure:RabbitMqPort=0",
            "--Infrastructure:RabbitMqDistributionPort=0",
            "--Infrastructure:PostgresPort=0",
            // Operators in the tests drop off within seconds and go straight on to the next appeal.
            "--Routing:HeartbeatTimeout=00:00:05",
            "--Routing:WrapUp=00:00:01",
            // The tests file far more appeals a minute than a citizen would, from the machine itself; a citizen's
            // address comes in X-Forwarded-For, as from a load balancer on the machine.
            "--Gateway:Limits:UnlimitedNetworks:0=127.0.0.1/32",
            "--Gateway:Limits:UnlimitedNetworks:1=::1/128",
            "--Gateway:TrustedProxies:0=127.0.0.1/32",
            "--Gateway:TrustedProxies:1=::1/128",
            $"--Parameters:admin-password={AdminPassword}",
            $"--Parameters:service-token-key={ServiceTokenKey}",
            $"--Gateway:Pbx:Keys:tests={PbxKey}",
            $"--Gateway:Pbx:Secrets:tests-signed={PbxSecret}",
            // Every request traced, so that a test can look through all the telemetry of what it did.
            "--Telemetry:TracesPerSecond=100",
            $"--Auth:Authority={Issuer.Authority}",
            $"--Auth:ClientId={TestIssuer.ClientId}",
            "--Auth:RequireHttpsMetadata=false",
        ]);
        foreach (var project in builder.Resources.OfType<ProjectResource>())
        {
            // Exported at once rather than every few seconds, so a test need not wait long for it.
            project.Annotations.Add(new EnvironmentCallbackAnnotation((EnvironmentCallbackContext context) =>
            {
                context.EnvironmentVariables["OTEL_EXPORTER_OTLP_ENDPOINT"] = Telemetry.Address;
                context.EnvironmentVariables["OTEL_EXPORTER_OTLP_PROTOCOL"] = "http/protobuf";
                context.EnvironmentVariables["OTEL_BLRP_SCHEDULE_DELAY"] = "500";
                context.EnvironmentVariables["OTEL_BSP_SCHEDULE_DELAY"] = "500";
            }));
        }

        app = await builder.BuildAsync();
        try
        {
            using var timeout = new CancellationTokenSource(StartTimeout);
            await app.StartAsync(timeout.Token);
            await app.ResourceNotifications.WaitForResourceHealthyAsync("gateway", timeout.Token);
            Gateway = await SignInAsync("admin", AdminPassword);
            Pbx = Citizen();
            Pbx.DefaultRequestHeaders.Add("X-Api-Key", PbxKey);
            Redis = await ConnectionMultiplexer.ConnectAsync((await app.GetConnectionStringAsync(ConnectionNames.Redis))!);
            ReportsConnectionString = (await app.GetConnectionStringAsync(ConnectionNames.Reports))!;
            Reports = NpgsqlDataSource.Create(ReportsConnectionString);
            var messaging = new Uri((await app.GetConnectionStringAsync(ConnectionNames.Messaging))!);
            Bus = MassTransit.Bus.Factory.CreateUsingRabbitMq(rabbit => rabbit.Host(messaging));
            await Bus.StartAsync(timeout.Token);
        }
        catch (Exception failure)
        {
            var states = string.Join(", ", App.Services.GetRequiredService<DistributedApplicationModel>().Resources
                .Select(resource => $"{resource.Name}: {(App.ResourceNotifications.TryGetCurrentState(resource.Name, out var state) ? state.Snapshot.State?.Text : "?")}"));
            await DisposeAsync();
            throw new InvalidOperationException($"The system did not start ({states})", failure);
        }
    }

    /// <summary>A client of the gateway with nobody signed in: a citizen.</summary>
    public HttpClient Citizen() => GatewayClient(new SocketsHttpHandler { UseCookies = false });

    /// <summary>A client of the gateway that keeps the cookies it is given, as a browser does.</summary>
    public HttpClient Browser() => GatewayClient(new SocketsHttpHandler { CookieContainer = new CookieContainer() });

    private HttpClient GatewayClient(SocketsHttpHandler handler) => new(handler) { BaseAddress = App.GetEndpoint("gateway", "http") };

    /// <summary>A client signed in with a bearer token from <c>/api/auth/token</c>.</summary>
    public async Task<HttpClient> SignInAsync(string userName, string password)
    {
        var client = Citizen();
        var response = await client.PostAsJsonAsync("/api/auth/token", new { userName, password });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var token = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("accessToken").GetString();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    /// <summary>The account of an operator with this id (made by the admin unless it exists), signed in.</summary>
    public async Task<HttpClient> OperatorAsync(string id)
    {
        var password = $"password-of-{id}";
        var created = await Gateway.PostAsJsonAsync("/api/auth/users", new { userName = id, password, roles = new[] { Roles.Operator } });
        Assert.True(created.StatusCode is HttpStatusCode.Created or HttpStatusCode.BadRequest, $"making {id}: {created.StatusCode}");
        return await SignInAsync(id, password);
    }

    /// <summary>Every message of type <typeparamref name="T"/> published from now on, until the log is disposed.</summary>
    public async Task<EventLog<T>> ListenAsync<T>()
        where T : class
    {
        var log = new EventLog<T>();
        var handle = Bus.ConnectReceiveEndpoint($"tests-{typeof(T).Name}-{Guid.NewGuid():N}", endpoint =>
        {
            if (endpoint is IRabbitMqReceiveEndpointConfigurator rabbit)
            {
                rabbit.AutoDelete = true;
                rabbit.Durable = false;
            }

            endpoint.Handler<T>(context =>
            {
                log.Add(context.Message);
                return Task.CompletedTask;
            });
        });
        await handle.Ready;
        log.Handle = handle;
        return log;
    }

    /// <summary>Stops a resource (RabbitMQ, Redis, PostgreSQL, a service) the way the dashboard's stop button does.</summary>
    public Task StopAsync(string resource) => ExecuteAsync(resource, KnownResourceCommands.StopCommand);

    /// <summary>Starts a stopped resource again and waits until it is healthy.</summary>
    public async Task StartAsync(string resource)
    {
        await ExecuteAsync(resource, KnownResourceCommands.StartCommand);
        await RunningAgainAsync(resource);
    }

    /// <summary>Waits until a resource, started again by the dashboard or by the AppHost after it died, runs and is healthy.</summary>
    public async Task RunningAgainAsync(string resource)
    {
        using var timeout = new CancellationTokenSource(StartTimeout);
        // Until its process is up the resource may still show the state it stopped in, which a wait for health takes as a failed start.
        await App.ResourceNotifications.WaitForResourceAsync(resource, KnownResourceStates.Running, timeout.Token);
        await App.ResourceNotifications.WaitForResourceHealthyAsync(resource, timeout.Token);
    }

    /// <summary>
    /// Kills a service's process outright, as a power cut would: no graceful stop, and waits until it has ended (the
    /// AppHost then starts it again). Only the process of this system, told apart from other systems' by the Redis it was given.
    /// </summary>
    public async Task KillAsync(string service, string processName)
    {
        var redis = await App.GetConnectionStringAsync(ConnectionNames.Redis);
        var killed = 0;
        foreach (var process in System.Diagnostics.Process.GetProcessesByName(processName))
        {
            var environment = await File.ReadAllTextAsync($"/proc/{process.Id}/environ");
            if (environment.Contains($"ConnectionStrings__redis={redis}\0", StringComparison.Ordinal))
            {
                process.Kill();
                await process.WaitForExitAsync();
                killed++;
            }
        }

        Assert.True(killed > 0, $"no process of {service} was running");
        using var timeout = new CancellationTokenSource(StartTimeout);
        await App.ResourceNotifications.WaitForResourceAsync(service, [KnownResourceStates.Exited, KnownResourceStates.Finished], timeout.Token);
    }

    /// <summary>How often the AppHost has started a resource's process again after it died, as the dashboard shows it.</summary>
    public int RestartsOf(string resource) =>
        App.ResourceNotifications.TryGetCurrentState(resource, out var current)
        && current.Snapshot.Properties.FirstOrDefault(p => p.Name == ProcessRestarter.RestartsProperty)?.Value is int restarts
            ? restarts
            : 0;

    private async Task ExecuteAsync(string resource, string command)
    {
        var result = await App.ResourceCommands.ExecuteCommandAsync(resource, command);
        Assert.True(result.Success, $"{command} {resource}: {result.Message}");
    }

    public async Task DisposeAsync()
    {
        if (Bus is not null)
        {
            await Bus.StopAsync();
        }

        Redis?.Dispose();
        if (Reports is not null)
        {
            await Reports.DisposeAsync();
        }

        if (app is not null)
        {
            await app.StopAsync();
            await app.DisposeAsync();
            app = null;
        }

        if (Issuer is not null)
        {
            await Issuer.DisposeAsync();
        }

        var phones = Telemetry?.PhonesInClear.ToList() ?? [];
        if (Telemetry is not null)
        {
            await Telemetry.DisposeAsync();
        }

        if (Directory.Exists(stateFolder))
        {
            Directory.Delete(stateFolder, recursive: true);
        }

        // Checked over everything the run exported, once every process has stopped and sent the last of it.
        if (phones.Count > 0)
        {
            throw new InvalidOperationException(
                $"The system's telemetry carried phone numbers in clear: {string.Join(", ", phones.Select(p => $"{p.Key} ({p.Value})"))}");
        }
    }
}

[CollectionDefinition(Name)]
public sealed class UkcSystemCollection : ICollectionFixture<UkcSystem>
{
    public const string Name = "UKC system";
}

/// <summary>A system of its own for tests that stop and start its parts, so that the others never see it broken.</summary>
[CollectionDefinition(Name)]
public sealed class DisruptedSystemCollection : ICollectionFixture<UkcSystem>
{
    public const string Name = "UKC system, parts stopped and started";
}
