using System.Diagnostics;
using MassTransit;

namespace Ukc.ServiceDefaults.Messaging;

/// <summary>A message an outbox holds, ready to publish with the id, trace and actor it was written with.</summary>
/// <param name="Actor">The supervisor or admin whose action it announces, if any: the header <see cref="Outbox.ActorHeader"/>.</param>
public sealed record OutgoingMessage(Guid MessageId, object Message, Type Type, string? TraceParent, string? Actor)
{
    public async Task PublishAsync(IBus bus, ActivitySource source, TimeSpan timeout, CancellationToken stoppingToken)
    {
        // The message continues the trace of the request that accepted it, however late it is published.
        ActivityContext.TryParse(TraceParent, null, out var parent);
        using var activity = source.StartActivity("outbox publish", ActivityKind.Producer, parent);
        using var timeoutSource = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
        timeoutSource.CancelAfter(timeout);
        await bus.Publish(Message, Type, context =>
        {
            context.MessageId = MessageId;
            if (Actor is not null)
            {
                context.Headers.Set(Outbox.ActorHeader, Actor);
            }
        }, timeoutSource.Token);
    }
}
