using System.Globalization;

namespace Ukc.AppHost.Infrastructure;

/// <summary>A <c>redis-server</c> process on loopback whose data (append-only file) lives in the state folder.</summary>
public sealed class LocalRedisResource(string name, string folder, int port)
    : ExecutableResource(name, "redis-server", folder), IResourceWithConnectionString
{
    public int Port { get; } = port;

    public ReferenceExpression ConnectionStringExpression =>
        ReferenceExpression.Create($"127.0.0.1:{Port.ToString(CultureInfo.InvariantCulture)}");
}

public static class LocalRedisExtensions
{
    public static IResourceBuilder<LocalRedisResource> AddLocalRedis(this IDistributedApplicationBuilder builder, string name, LocalState state)
    {
        var folder = state.ServerFolder(name);
        var pidFile = Path.Combine(folder, "redis.pid");
        LocalState.StopLeftover(pidFile);
        var port = LocalState.Port(state.Settings.RedisPort);

        var healthCheck = $"{name}-ping";
        builder.Services.AddHealthChecks().AddCheck(healthCheck, new RedisPingHealthCheck(port));

        return builder.AddResource(new LocalRedisResource(name, folder, port))
            .WithArgs(
                "--bind", "127.0.0.1",
                "--port", port.ToString(CultureInfo.InvariantCulture),
                "--dir", folder,
                "--pidfile", pidFile,
                "--daemonize", "no",
                "--save", "",
                "--appendonly", "yes",
                "--appendfsync", state.Settings.RedisAppendFsync)
            .WithHealthCheck(healthCheck);
    }
}
