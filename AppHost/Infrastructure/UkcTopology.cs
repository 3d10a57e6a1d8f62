namespace Ukc.AppHost.Infrastructure;

/// <summary>How UKC's services and its broker, Redis and database are put together, whatever runs the infrastructure.</summary>
public static class UkcTopology
{
    /// <summary>Settings every service reads: how it traces, how its outbox publishes.</summary>
    private static readonly string[] SharedSections = ["Telemetry", "Outbox"];

    /// <summary>RabbitMQ, Redis and PostgreSQL, run the way <c>Infrastructure:Mode</c> says.</summary>
    public static UkcInfrastructure AddUkcInfrastructure(this IDistributedApplicationBuilder builder)
    {
        var settings = builder.Configuration.Read<InfrastructureOptions>(InfrastructureOptions.Section);
        var mode = InfrastructureModes.Resolve(settings.Mode);
        Console.WriteLine($"UKC infrastructure mode: {mode.ToString().ToLowerInvariant()}");
        switch (mode)
        {
            case InfrastructureMode.Containers:
                return new(builder.AddRabbitMQ(ConnectionNames.Messaging).WithDataVolume(),
                    builder.AddRedis(ConnectionNames.Redis).WithDataVolume().WithAppendOnlyFile(settings.RedisAppendFsync),
                    builder.AddPostgres("postgres").WithDataVolume().AddDatabase(ConnectionNames.Reports));
            case InfrastructureMode.External:
                return new(builder.AddConnectionString(ConnectionNames.Messaging),
                    builder.AddConnectionString(ConnectionNames.Redis),
                    builder.AddConnectionString(ConnectionNames.Reports));
            default:
                var state = LocalState.From(builder, settings);
                return new(builder.AddLocalRabbitMQ(ConnectionNames.Messaging, state).WithRestartOnExit(),
                    builder.AddLocalRedis(ConnectionNames.Redis, state).WithRestartOnExit(),
                    builder.AddLocalPostgres(ConnectionNames.Reports, state).WithRestartOnExit());
        }
    }

    /// <summary>A service on the bus, with its health check and settings; <see cref="WithServer"/> gives it its store.</summary>
    /// <param name="settings">The configuration section of the service's own settings, passed on from the AppHost's.</param>
    public static IResourceBuilder<ProjectResource> AddUkcService<TProject>(
        this IDistributedApplicationBuilder builder,
        string name,
        IResourceBuilder<IResourceWithConnectionString> messaging,
        IResourceBuilder<ParameterResource> serviceTokenKey,
        string? settings = null)
        where TProject : IProjectMetadata, new() =>
        builder.AddProject<TProject>(name)
            .WithRestartOnExit()
            .WithHttpHealthCheck("/health")
            .WithEnvironment("Auth__ServiceTokenKey", serviceTokenKey)
            .WithServer(messaging)
            .WithSettings(builder.Configuration, [.. SharedSections, .. settings is null ? [] : new[] { settings }]);

    /// <summary>
    /// Every write in the append-only file, synced as <see cref="InfrastructureOptions.RedisAppendFsync"/> says, as local
    /// Redis keeps it (snapshots alone, a minute apart, would lose the last minute of appeals with the container).
    /// </summary>
    private static IResourceBuilder<RedisResource> WithAppendOnlyFile(this IResourceBuilder<RedisResource> redis, string fsync) =>
        redis.WithArgs(context =>
        {
            string[] appendOnly = ["--appendonly", "yes", "--appendfsync", fsync];
            if (context.ExecutionContext.IsRunMode)
            {
                foreach (var arg in appendOnly)
                {
                    context.Args.Add(arg);
                }
            }
            else
            {
                // Published, Aspire's Redis runs one shell command, "-c" and the command line, which these belong to.
                context.Args[^1] = $"{context.Args[^1]} {string.Join(' ', appendOnly)}";
            }
        });

    /// <summary>Gives a service a server's connection string, and starts the service once the server is healthy.</summary>
    public static IResourceBuilder<ProjectResource> WithServer(
        this IResourceBuilder<ProjectResource> service, IResourceBuilder<IResourceWithConnectionString> server)
    {
        service.WithReference(server);
        // External connection strings (from configuration, a parameter) have no health of their own to wait for.
        return server.Resource is ConnectionStringResource or ParameterResource ? service : service.WaitFor(server);
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

/// <summary>The servers UKC's services use: the broker, Redis, and Reporting's PostgreSQL database.</summary>
public sealed record UkcInfrastructure(
    IResourceBuilder<IResourceWithConnectionString> Messaging,
    IResourceBuilder<IResourceWithConnectionString> Redis,
    IResourceBuilder<IResourceWithConnectionString> Reports);
