using MassTransit;
using Ukc.Contracts;

namespace Ukc.Assignment.Infrastructure;

/// <summary>
/// Tells the rest of the system, and the operators concerned, what a routing step changed; and routing
/// itself, since any change may make a match possible.
/// </summary>
public sealed class RoutingEvents(IBus bus, OperatorFeed feed, RoutingSignal signal, TimeProvider time)
{
    public async Task PublishAsync(IReadOnlyList<RoutingChange> changes, CancellationToken cancellationToken = default)
    {
        foreach (var change in changes)
        {
            await PublishAsync(change, time.GetUtcNow(), cancellationToken);
        }

        if (changes.Count > 0)
        {
            signal.Raise();
        }
    }

    private async Task PublishAsync(RoutingChange c, DateTimeOffset now, CancellationToken cancellationToken)
    {
        switch (c.Kind)
        {
            case "queued":
                await bus.Publish(new AppealQueued(c.Appeal, c.Queue!, c.Priority!, Time(c.ReceivedAt), now), cancellationToken);
                break;
            case "callback":
                await bus.Publish(new CallbackScheduled(c.Appeal, Time(c.WindowStart), Time(c.WindowEnd), now), cancellationToken);
                break;
            case "offered":
                await bus.Publish(new AppealOffered(c.Appeal, c.OperatorId!, Guid.Parse(c.OfferId!), c.Attempt, c.Fallback, now, Time(c.ExpiresAt)), cancellationToken);
                await feed.PublishAsync(c.OperatorId!, new OperatorNotice(
                    OperatorNotice.Offer, c.Appeal, Guid.Parse(c.OfferId!), c.Category, c.Priority, c.Fallback, Time(c.ExpiresAt)));
                break;
            case "assigned":
                await bus.Publish(new AppealAssigned(c.Appeal, c.OperatorId!, c.Fallback, now), cancellationToken);
                await feed.PublishAsync(c.OperatorId!, new OperatorNotice(OperatorNotice.Assigned, c.Appeal, Fallback: c.Fallback));
                break;
            case "declined":
                await bus.Publish(new OfferDeclined(c.Appeal, c.OperatorId!, Guid.Parse(c.OfferId!), now), cancellationToken);
                break;
            case "timed_out":
                await bus.Publish(new OfferTimedOut(c.Appeal, c.OperatorId!, Guid.Parse(c.OfferId!), now), cancellationToken);
                break;
            case "requeued":
                await bus.Publish(new AppealRequeued(c.Appeal, c.Queue!, c.Reason!, now), cancellationToken);
                if (c.OperatorId is not null)
                {
                    await feed.PublishAsync(c.OperatorId, new OperatorNotice(OperatorNotice.OfferWithdrawn, c.Appeal, Reason: c.Reason));
                }

                break;
            case "withdrawn":
                await feed.PublishAsync(c.OperatorId!, new OperatorNotice(OperatorNotice.OfferWithdrawn, c.Appeal, Reason: c.Reason));
                break;
            case "presence":
                await bus.Publish(new AgentPresenceChanged(c.OperatorId!, c.From!, c.To!, c.Reason!, now), cancellationToken);
                await feed.PublishAsync(c.OperatorId!, new OperatorNotice(OperatorNotice.PresenceChanged, Presence: c.To, Reason: c.Reason));
                break;

            // "resolved" is published by the resolve endpoint, which knows the resolution; "refused" changed nothing.
        }
    }

    private static DateTimeOffset Time(long unixMilliseconds) => DateTimeOffset.FromUnixTimeMilliseconds(unixMilliseconds);
}
