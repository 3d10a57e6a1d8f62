using System.Diagnostics;
using MassTransit;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Ukc.ServiceDefaults.Messaging;

/// <summary>Raised when something is added to the outbox, so the dispatcher publishes it at once.</summary>
public sealed class OutboxSignal : WakeSignal;

/// <summary>
/// Publishes the outbox's messages in order of arrival, and removes them only once the broker
/// has confirmed them. While the broker is down it keeps the unconfirmed batch and tries it again;
/// a message published twice that way is harmless, as every consumer is idempotent.
/// </summary>
public sealed class OutboxDispatcher(
    Outbox outbox,
    OutboxStream stream,
    IBus bus,
    OutboxSignal signal,
    IOptions<OutboxOptions> options,
    ILogger<OutboxDispatcher> logger) : BackgroundService
{
    private readonly ActivitySource source = new(stream.ActivitySourceName);
    private readonly string name = $"{Environment.MachineName}-{Environment.ProcessId}";

    public override void Dispose()
    {
        source.Dispose();
        base.Dispose();
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var settings = options.Value;
        var retryDelay = TimeSpan.FromMilliseconds(200);
        var groupReady = false;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                if (!groupReady)
                {
                    await outbox.EnsureGroupAsync();
                    groupReady = true;
                }

                var messages = await outbox.NextAsync(name, settings.AbandonedAfter, settings.BatchSize);
                if (messages.Count == 0)
                {
                    await signal.WaitAsync(settings.IdleWait, stoppingToken);
                    continue;
                }

                // Sent in order of arrival, confirmed together: one round trip to the broker for the whole batch.
                await Task.WhenAll(messages.Select(message => message.Outgoing.PublishAsync(bus, source, settings.PublishTimeout, stoppingToken)));
                await outbox.DoneAsync([.. messages.Select(message => message.EntryId)]);

                retryDelay = TimeSpan.FromMilliseconds(200);
            }
            catch (Exception exception) when (!stoppingToken.IsCancellationRequested)
            {
                // Redis may come back without the stream's group; it is made again before the next read.
                groupReady = false;
                logger.LogWarning(exception, "The outbox could not be published; trying again in {Delay}", retryDelay);
                await Task.Delay(retryDelay, stoppingToken);
                retryDelay = TimeSpan.FromTicks(Math.Min(retryDelay.Ticks * 2, TimeSpan.FromSeconds(5).Ticks));
            }
        }
    }
}
