namespace Ukc.AppHost.Infrastructure;

/// <summary>How UKC's services and its broker and Redis are put together, whatever runs the infrastructure.</summary>
public static class UkcTopology
{
    /// <summary>Settings every service reads: how it traces, how its outbox publishes.</summary>
    private static readonly string[] SharedSections = ["Telemetry", "Outbox"];

    /// <summary>RabbitMQ and Redis, run the way <c>Infrastructure:Mode</c> says.</summary>
    public static (IResourceBuilder<IResourceWithConnectionString> Messaging, IResourceBuilder<IResourceWithConnectionString> Redis)
        AddUkcInfrastructure(this IDistributedApplicationBuilder builder)
    {
        var settings = builder.Configuration.Read<InfrastructureOptions>(InfrastructureOptions.Section);
        var mode = InfrastructureModes.Resolve(settings.Mode);
        Console.WriteLine($"UKC infrastructure mode: {mode.ToString().ToLowerInvariant()}");
        switch (mode)
        {
            case InfrastructureMode.Containers:
                return (builder.AddRabbitMQ(ConnectionNames.Messaging).WithDataVolume(),
                    builder.AddRedis(ConnectionNames.Redis).WithDataVolume().WithPersistence());
            case InfrastructureMode.External:
                return (builder.AddConnectionString(ConnectionNames.Messaging), builder.AddConnectionString(ConnectionNames.Redis));
            default:
                var state = LocalState.From(builder, settings);
                return (builder.AddLocalRabbitMQ(ConnectionNames.Messaging, state), builder.AddLocalRedis(ConnectionNames.Redis, state));
        }
    }

    /// <param name="settings">The configuration section of the service's own settings, passed on from the AppHost's.</param>
    public static IResourceBuilder<ProjectResource> AddUkcService<TProject>(
        this IDistributedApplicationBuilder builder,
        string name,
        IResourceBuilder<IResourceWithConnectionString> messaging,
        IResourceBuilder<IResourceWithConnectionString> redis,
        string? settings = null)
        where TProject : IProjectMetadata, new()
    {
        var service = builder.AddProject<TProject>(name)
            .WithHttpHealthCheck("/health")
            .WithReference(messaging)
            .WithReference(redis)
            .WithSettings(builder.Configuration, [.. SharedSections, .. settings is null ? [] : new[] { settings }]);
        // External connection strings have no health of their own to wait for.
        return messaging.Resource is ConnectionStringResource ? service : service.WaitFor(messaging).WaitFor(redis);
    }

    /// <summary>Passes sections of the AppHost's configuration (its appsettings, its command line) on to a service.</summary>
    public static IResourceBuilder<ProjectResource> WithSettings(
        this IResourceBuilder<ProjectResource> service, IConfiguration configuration, params string[] sections)
    {
        foreach (var (key, value) in sections.SelectMany(section => configuration.GetSection(section).AsEnumerable()))
        {
            if (value is not null)
            {
                service.WithEnvironment(key.Replace(":", "__", StringComparison.Ordinal), value);
            }
        }

        return service;
    }

    public static void PrintAddresses(this IDistributedApplicationBuilder builder, int gatewayPort)
    {
        var dashboard = builder.Configuration["ASPNETCORE_URLS"]?.Split(';')[0];
        builder.Eventing.Subscribe<AfterResourcesCreatedEvent>((_, _) =>
        {
            Console.WriteLine($"UKC gateway:     http://localhost:{gatewayPort}");
            if (dashboard is not null)
            {
                Console.WriteLine($"Aspire dashboard: {dashboard}");
            }

            return Task.CompletedTask;
        });
    }
}
