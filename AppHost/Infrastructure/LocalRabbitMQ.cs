using System.Globalization;
using System.Net;
using System.Security.Cryptography;
using System.Text;

namespace Ukc.AppHost.Infrastructure;

/// <summary>A <c>rabbitmq-server</c> process on loopback whose node data lives in the state folder.</summary>
public sealed class LocalRabbitMQResource(string name, string command, string folder, int port)
    : ExecutableResource(name, command, folder), IResourceWithConnectionString
{
    public int Port { get; } = port;

    public ReferenceExpression ConnectionStringExpression =>
        ReferenceExpression.Create($"amqp://guest:guest@127.0.0.1:{Port.ToString(CultureInfo.InvariantCulture)}");
}

public static class LocalRabbitMQExtensions
{
    // Debian and Ubuntu put a wrapper on PATH that switches to the rabbitmq user; the server script itself runs as us.
    private const string DebianServerScript = "/usr/lib/rabbitmq/bin/rabbitmq-server";

    public static IResourceBuilder<LocalRabbitMQResource> AddLocalRabbitMQ(this IDistributedApplicationBuilder builder, string name, LocalState state)
    {
        var folder = state.ServerFolder(name);
        var pidFile = Path.Combine(folder, "rabbitmq.pid");
        LocalState.StopLeftover(pidFile);
        var port = LocalState.Port(state.Settings.RabbitMqPort);
        var distributionPort = LocalState.Port(state.Settings.RabbitMqDistributionPort ?? (port + 20000 <= IPEndPoint.MaxPort ? port + 20000 : 0));

        var configFile = Path.Combine(folder, "rabbitmq");
        File.WriteAllText(configFile + ".conf", $"""
            listeners.tcp.1 = 127.0.0.1:{port}
            log.console = true
            log.file = false
            """);
        var pluginsFile = Path.Combine(folder, "enabled_plugins");
        File.WriteAllText(pluginsFile, "[].");

        var healthCheck = $"{name}-amqp";
        builder.Services.AddHealthChecks().AddCheck(healthCheck, new AmqpHandshakeHealthCheck(port));

        var command = File.Exists(DebianServerScript) ? DebianServerScript : "rabbitmq-server";
        return builder.AddResource(new LocalRabbitMQResource(name, command, folder, port))
            .WithEnvironment("RABBITMQ_NODENAME", NodeName(state.Folder))
            .WithEnvironment("RABBITMQ_NODE_IP_ADDRESS", "127.0.0.1")
            .WithEnvironment("RABBITMQ_NODE_PORT", port.ToString(CultureInfo.InvariantCulture))
            .WithEnvironment("RABBITMQ_DIST_PORT", distributionPort.ToString(CultureInfo.InvariantCulture))
            .WithEnvironment("RABBITMQ_MNESIA_BASE", Path.Combine(folder, "mnesia"))
            .WithEnvironment("RABBITMQ_LOG_BASE", Path.Combine(folder, "log"))
            .WithEnvironment("RABBITMQ_CONFIG_FILE", configFile)
            .WithEnvironment("RABBITMQ_ENABLED_PLUGINS_FILE", pluginsFile)
            .WithEnvironment("RABBITMQ_PID_FILE", pidFile)
            .WithEnvironment("RABBITMQ_SERVER_ADDITIONAL_ERL_ARGS", "-kernel inet_dist_use_interface {127,0,0,1}")
            .WithEnvironment("ERL_EPMD_ADDRESS", "127.0.0.1")
            .WithHealthCheck(healthCheck);
    }

    /// <summary>One node name per state folder: two checkouts side by side never claim the same node.</summary>
    private static string NodeName(string stateFolder)
    {
        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(stateFolder)))[..8];
        return $"ukc-{hash}@localhost";
    }
}
