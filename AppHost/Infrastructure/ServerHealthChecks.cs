using System.Buffers.Binary;
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

/// <summary>
/// Healthy once PostgreSQL answers a protocol 3.0 startup message by asking the user to authenticate; while it starts
/// up or recovers it answers with an error instead. The probe reads the whole of that answer before it hangs up, which
/// the server then takes without a log line.
/// </summary>
public sealed class PostgresStartupHealthCheck(int port, string user) : IHealthCheck
{
    private const byte Authentication = (byte)'R';
    private const int ProtocolVersion = 3 << 16;

    private readonly byte[] startupMessage = StartupMessage(user);

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var reply = await ServerProbe.ExchangeAsync(port, startupMessage, WholeMessage, cancellationToken);
        return reply is { Length: > 0 } && reply[0] == Authentication
            ? HealthCheckResult.Healthy()
            : HealthCheckResult.Unhealthy($"PostgreSQL on port {port} does not accept connections yet.");
    }

    /// <summary>A message is its type, its length (counting itself) and its contents.</summary>
    private static bool WholeMessage(ReadOnlyMemory<byte> read) =>
        read.Length >= 5 && read.Length >= 1 + BinaryPrimitives.ReadInt32BigEndian(read.Span[1..5]);

    /// <summary>Its length, the protocol version, then name and value of each parameter, each ending in a zero byte, and a zero byte.</summary>
    private static byte[] StartupMessage(string user)
    {
        var parameters = Encoding.UTF8.GetBytes($"user\0{user}\0database\0postgres\0\0");
        var message = new byte[8 + parameters.Length];
        BinaryPrimitives.WriteInt32BigEndian(message, message.Length);
        BinaryPrimitives.WriteInt32BigEndian(message.AsSpan(4), ProtocolVersion);
        parameters.CopyTo(message, 8);
        return message;
    }
}

internal static class ServerProbe
{
    /// <summary>Sends a greeting to a loopback port and returns the first bytes of the answer, or null if none came.</summary>
    public static Task<byte[]?> ExchangeAsync(int port, byte[] greeting, CancellationToken cancellationToken) =>
        ExchangeAsync(port, greeting, static _ => true, cancellationToken);

    /// <param name="complete">
    /// Whether the bytes read so far are the whole answer, or as much of it as the probe needs: it reads on until they are
    /// (a server that finds unread bytes when the probe hangs up may log the reset connection).
    /// </param>
    public static async Task<byte[]?> ExchangeAsync(int port, byte[] greeting, Func<ReadOnlyMemory<byte>, bool> complete, CancellationToken cancellationToken)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(TimeSpan.FromSeconds(2));
        try
        {
            using var client = new TcpClient();
            await client.ConnectAsync(IPAddress.Loopback, port, timeout.Token);
            var stream = client.GetStream();
            await stream.WriteAsync(greeting, timeout.Token);
            var buffer = new byte[256];
            var read = 0;
            while (read < buffer.Length)
            {
                var more = await stream.ReadAsync(buffer.AsMemory(read), timeout.Token);
                read += more;
                if (more == 0 || complete(buffer.AsMemory(0, read)))
                {
                    break;
                }
            }

            return read > 0 ? buffer[..read] : null;
        }
        catch (Exception exception) when (exception is SocketException or IOException or OperationCanceledException)
        {
            return null;
        }
    }
}
