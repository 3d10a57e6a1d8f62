using System.Diagnostics;
using RabbitMQ.Client;
using RabbitMQ.Client.Events;

namespace Ukc.Cli;

/// <summary>
/// The raw broker: persistent messages published with confirms to a durable queue of their own and consumed with
/// acknowledgements, through the same RabbitMQ the system uses, as fast as it takes them. What the pipeline does is
/// read against this figure, measured in the same run.
/// </summary>
public static class BrokerBench
{
    /// <summary>The development system's RabbitMQ (<c>Infrastructure:RabbitMqPort</c>).</summary>
    public const string DevelopmentBroker = "amqp://guest:guest@127.0.0.1:5690";

    private const int PublishersAtOnce = 4;
    private const int InFlightPerPublisher = 256;
    private const int MessageBytes = 1024;

    /// <returns>Messages published, confirmed, delivered and acknowledged per second.</returns>
    public static async Task<double> MeasureAsync(Uri broker, TimeSpan duration)
    {
        if (!broker.IsLoopback)
        {
            throw new ArgumentException("The broker bench only ever runs against this machine: --broker must be a loopback address.");
        }

        var factory = new ConnectionFactory { Uri = broker, ClientProvidedName = "ukc bench-broker" };
        await using var connection = await factory.CreateConnectionAsync();
        var queue = $"ukc-bench-broker-{Guid.NewGuid():N}";
        await using var consuming = await connection.CreateChannelAsync();
        await consuming.QueueDeclareAsync(queue, durable: true, exclusive: false, autoDelete: false);
        try
        {
            await consuming.BasicQosAsync(0, InFlightPerPublisher * PublishersAtOnce, false);
            long consumed = 0;
            var consumer = new AsyncEventingBasicConsumer(consuming);
            consumer.ReceivedAsync += async (_, delivery) =>
            {
                await consuming.BasicAckAsync(delivery.DeliveryTag, multiple: false);
                Interlocked.Increment(ref consumed);
            };
            await consuming.BasicConsumeAsync(queue, autoAck: false, consumer);

            var clock = Stopwatch.StartNew();
            await Task.WhenAll(Enumerable.Range(0, PublishersAtOnce).Select(_ => PublishAsync(connection, queue, duration, clock)));
            var published = clock.Elapsed;
            var consumedByThen = Interlocked.Read(ref consumed);
            return consumedByThen / published.TotalSeconds;
        }
        finally
        {
            await consuming.QueueDeleteAsync(queue);
        }
    }

    private static async Task PublishAsync(IConnection connection, string queue, TimeSpan duration, Stopwatch clock)
    {
        var options = new CreateChannelOptions(publisherConfirmationsEnabled: true, publisherConfirmationTrackingEnabled: true);
        await using var channel = await connection.CreateChannelAsync(options);
        var body = new byte[MessageBytes];
        var properties = new BasicProperties { Persistent = true, ContentType = "application/json" };
        while (clock.Elapsed < duration)
        {
            // Each publish completes when the broker confirms it has the message on disk.
            await Task.WhenAll(Enumerable.Range(0, InFlightPerPublisher).Select(_ =>
                channel.BasicPublishAsync(string.Empty, queue, mandatory: true, properties, body).AsTask()));
        }
    }
}
