using System.Net;
using System.Net.Sockets;
using System.Text;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Ukc.AppHost.Infrastructure;

/// <summary>Healthy once Redis answers PING with PONG (not while it is still loading its data).</summary>
public sealed class RedisPingHealthCheck(int port) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var reply = await ServerProbe.ExchangeAsync(port, "PING\r\n"u8.ToArray(), cancellationToken);
        return reply is not null && Encoding.ASCII.GetString(reply).StartsWith("+PONG", StringComparison.Ordinal)
            ? HealthCheckResult.Healthy()
            : HealthCheckResult.Unhealthy($"Redis on port {port} does not answer PING yet.");
    }
}

/// <summary>Healthy once RabbitMQ answers the AMQP 0-9-1 protocol header with a method frame (Connection.Start).</summary>
public sealed class AmqpHandshakeHealthCheck(int port) : IHealthCheck
{
    private const byte MethodFrame = 1;

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var reply = await ServerProbe.ExchangeAsync(port, "AMQP\0\0\u0009\u0001"u8.ToArray(), cancellationToken);
        return reply is { Length: > 0 } && reply[0] == MethodFrame
            ? HealthCheckResult.Healthy()
            : HealthCheckResult.Unhealthy($"RabbitMQ on port {port} does not accept AMQP connections yet.");
    }
}

internal static class ServerProbe
{
    /// <summary>Sends a greeting to a loopback port and returns the first bytes of the answer, or null if none came.</summary>
    public static async Task<byte[]?> ExchangeAsync(int port, byte[] greeting, CancellationToken cancellationToken)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(TimeSpan.FromSeconds(2));
        try
        {
            using var client = new TcpClient();
            await client.ConnectAsync(IPAddress.Loopback, port, timeout.Token);
            var stream = client.GetStream();
            await stream.WriteAsync(greeting, timeout.Token);
            var buffer = new byte[16];
            var read = await stream.ReadAsync(buffer, timeout.Token);
            return read > 0 ? buffer[..read] : null;
        }
        catch (Exception exception) when (exception is SocketException or IOException or OperationCanceledException)
        {
            return null;
        }
    }
}
