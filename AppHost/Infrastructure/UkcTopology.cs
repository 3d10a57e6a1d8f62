namespace Ukc.AppHost.Infrastructure;

/// <summary>How UKC's services and its broker and Redis are put together, whatever runs the infrastructure.</summary>
public static class UkcTopology
{
    public const string Messaging = "messaging";
    public const string Redis = "redis";

    /// <summary>RabbitMQ and Redis, run the way <c>Infrastructure:Mode</c> says.</summary>
    public static (IResourceBuilder<IResourceWithConnectionString> Messaging, IResourceBuilder<IResourceWithConnectionString> Redis)
        AddUkcInfrastructure(this IDistributedApplicationBuilder builder)
    {
        var mode = InfrastructureModes.Resolve(builder.Configuration["Infrastructure:Mode"]);
        Console.WriteLine($"UKC infrastructure mode: {mode.ToString().ToLowerInvariant()}");
        switch (mode)
        {
            case InfrastructureMode.Containers:
                return (builder.AddRabbitMQ(Messaging).WithDataVolume(), builder.AddRedis(Redis).WithDataVolume().WithPersistence());
            case InfrastructureMode.External:
                return (builder.AddConnectionString(Messaging), builder.AddConnectionString(Redis));
            default:
                var state = LocalState.From(builder);
                return (builder.AddLocalRabbitMQ(Messaging, state), builder.AddLocalRedis(Redis, state));
        }
    }

    public static IResourceBuilder<ProjectResource> AddUkcService<TProject>(
        this IDistributedApplicationBuilder builder,
        string name,
        IResourceBuilder<IResourceWithConnectionString> messaging,
        IResourceBuilder<IResourceWithConnectionString> redis)
        where TProject : IProjectMetadata, new()
    {
        var service = builder.AddProject<TProject>(name)
            .WithHttpHealthCheck("/health")
            .WithReference(messaging)
            .WithReference(redis)
            .WithSettings(builder.Configuration, "Telemetry");
        // External connection strings have no health of their own to wait for.
        return messaging.Resource is ConnectionStringResource ? service : service.WaitFor(messaging).WaitFor(redis);
    }

    /// <summary>Passes a section of the AppHost's configuration (its appsettings, its command line) on to a service.</summary>
    public static IResourceBuilder<ProjectResource> WithSettings(
        this IResourceBuilder<ProjectResource> service, IConfiguration configuration, string section)
    {
        foreach (var (key, value) in configuration.GetSection(section).AsEnumerable())
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
