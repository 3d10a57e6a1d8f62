using Ukc.Contracts;

namespace Ukc.Assignment.Infrastructure;

/// <summary>
/// Tells the operators concerned and the rest of the system what a routing step changed; and routing
/// itself, since any change may make a match possible. Both go through Redis (the events by the outbox),
/// so routing and the operators' consoles keep working while the broker is down.
/// </summary>
public sealed class RoutingEvents(Outbox outbox, OperatorFeed feed, RoutingSignal signal, TimeProvider time)
{
    public async Task PublishAsync(IReadOnlyList<RoutingChange> changes)
    {
        foreach (var change in changes)
        {
            var (message, notice) = Describe(change, time.GetUtcNow());
            if (notice is not null)
            {
                await feed.PublishAsync(change.OperatorId!, notice);
            }

            if (message is not null)
            {
                await outbox.AddAsync(message);
            }
        }

        if (changes.Count > 0)
        {
            signal.Raise();
        }
    }

    /// <summary>The event for the bus and the notice for the operator's stream, where the change has them.</summary>
    private static (object? Message, OperatorNotice? Notice) Describe(RoutingChange c, DateTimeOffset now) => c.Kind switch
    {
        "queued" => (new AppealQueued(c.Appeal, c.Queue!, c.Priority!, Time(c.ReceivedAt), now), null),
        "callback" => (new CallbackScheduled(c.Appeal, Time(c.WindowStart), Time(c.WindowEnd), now), null),
        "offered" => (
            new AppealOffered(c.Appeal, c.OperatorId!, Guid.Parse(c.OfferId!), c.Attempt, c.Fallback, now, Time(c.ExpiresAt)),
            new OperatorNotice(OperatorNotice.Offer, c.Appeal, Guid.Parse(c.OfferId!), c.Category, c.Priority, c.Fallback, Time(c.ExpiresAt))),
        "assigned" => (
            new AppealAssigned(c.Appeal, c.OperatorId!, c.Fallback, now),
            new OperatorNotice(OperatorNotice.Assigned, c.Appeal, Fallback: c.Fallback)),
        "declined" => (new OfferDeclined(c.Appeal, c.OperatorId!, Guid.Parse(c.OfferId!), now), null),
        "timed_out" => (new OfferTimedOut(c.Appeal, c.OperatorId!, Guid.Parse(c.OfferId!), now), null),
        "requeued" => (
            new AppealRequeued(c.Appeal, c.Queue!, c.Reason!, now),
            c.OperatorId is null ? null : new OperatorNotice(OperatorNotice.OfferWithdrawn, c.Appeal, Reason: c.Reason)),
        "withdrawn" => (null, new OperatorNotice(OperatorNotice.OfferWithdrawn, c.Appeal, Reason: c.Reason)),
        "presence" => (
            new AgentPresenceChanged(c.OperatorId!, c.From!, c.To!, c.Reason!, now),
            new OperatorNotice(OperatorNotice.PresenceChanged, Presence: c.To, Reason: c.Reason)),

        // "resolved" is published by the resolve endpoint, which knows the resolution; "refused" changed nothing.
        _ => (null, null),
    };

    private static DateTimeOffset Time(long unixMilliseconds) => DateTimeOffset.FromUnixTimeMilliseconds(unixMilliseconds);
}
