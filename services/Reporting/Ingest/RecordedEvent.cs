using System.Text.Json;
using Ukc.Contracts;

namespace Ukc.Reporting.Ingest;

/// <summary>One event as the history keeps it: its message id, what it is about, when it happened, and the message itself.</summary>
/// <param name="State">What the event says of an operator's state, where it says anything.</param>
/// <param name="Actor">The supervisor or admin whose action it announces, or who tried to sign in: the event is in the audit trail.</param>
public sealed record RecordedEvent(
    Guid MessageId,
    string Type,
    Guid? AppealId,
    string? OperatorId,
    DateTimeOffset OccurredAt,
    string Payload,
    OperatorState? State,
    string? Actor = null);

/// <param name="Rank">Orders states at the same instant: a presence change comes after the offer it ends.</param>
public sealed record OperatorState(string OperatorId, short Rank, string State, string Reason);

/// <summary>The states of an operator beyond their presence: between an offer and its answer they are <c>offered</c>.</summary>
public static class OperatorStates
{
    public const string Offered = "offered";

    /// <summary>Every state a span can be in, in the order reports list them.</summary>
    public static readonly IReadOnlyList<string> All =
        [Presence.Available, Offered, Presence.Busy, Presence.WrapUp, Presence.Break, Presence.Shelter, Presence.Offline];

    /// <summary>Time that counts as work in occupancy's numerator.</summary>
    public static readonly IReadOnlyList<string> Occupied = [Presence.Busy, Presence.WrapUp];

    /// <summary>Time that counts as ready for work in occupancy's denominator.</summary>
    public static readonly IReadOnlyList<string> Staffed = [Presence.Available, Offered, Presence.Busy, Presence.WrapUp];
}

/// <summary>Turns each message of the contracts into a <see cref="RecordedEvent"/>, refusing one that cannot be true.</summary>
public static class RecordedEvents
{
    private const short OfferRank = 0;
    private const short PresenceRank = 1;

    /// <param name="actor">The message's <see cref="Outbox.ActorHeader"/>, if it has one.</param>
    public static RecordedEvent From<T>(Guid messageId, T message, string? actor = null) where T : class
    {
        var payload = JsonSerializer.Serialize(message, message.GetType(), UkcJson.Options);
        RecordedEvent Appeal(Guid appealId, DateTimeOffset at, string? operatorId = null, OperatorState? state = null)
        {
            Require(appealId != Guid.Empty, "has no appeal id");
            return Stamp(new RecordedEvent(messageId, message.GetType().Name, appealId, operatorId, at, payload, state, actor));
        }

        RecordedEvent Operator(string? operatorId, DateTimeOffset at, OperatorState? state = null) =>
            Stamp(new RecordedEvent(messageId, message.GetType().Name, null, operatorId, at, payload, state, actor));

        // About the whole floor or an account: no appeal, no operator.
        RecordedEvent Floor(DateTimeOffset at) => Operator(null, at);

        return message switch
        {
            AppealReceived m => Appeal(m.AppealId, Required(m.ReceivedAt, nameof(m.ReceivedAt))),
            AppealCategorized m => Appeal(m.AppealId, Required(m.CategorizedAt, nameof(m.CategorizedAt))),
            AppealQueued m => Appeal(m.AppealId, Required(m.QueuedAt, nameof(m.QueuedAt))),
            AppealAbandoned m => Appeal(m.AppealId, Required(m.AbandonedAt, nameof(m.AbandonedAt))),
            AppealOffered m => Appeal(m.AppealId, Required(m.OfferedAt, nameof(m.OfferedAt)), Id(m.OperatorId),
                new OperatorState(m.OperatorId, OfferRank, OperatorStates.Offered, "offer")),
            OfferDeclined m => Appeal(m.AppealId, Required(m.DeclinedAt, nameof(m.DeclinedAt)), Id(m.OperatorId),
                new OperatorState(m.OperatorId, OfferRank, Presence.Available, "offer_declined")),
            OfferTimedOut m => Appeal(m.AppealId, Required(m.TimedOutAt, nameof(m.TimedOutAt)), Id(m.OperatorId),
                new OperatorState(m.OperatorId, OfferRank, Presence.Available, "offer_timed_out")),
            AppealRequeued m => Appeal(m.AppealId, Required(m.RequeuedAt, nameof(m.RequeuedAt))),
            AppealAssigned m => Appeal(m.AppealId, Required(m.AssignedAt, nameof(m.AssignedAt)), Id(m.OperatorId)),
            AppealResolved m => Appeal(m.AppealId, Required(m.ResolvedAt, nameof(m.ResolvedAt)), Id(m.OperatorId)),
            CallbackScheduled m => Appeal(m.AppealId, Required(m.ScheduledAt, nameof(m.ScheduledAt))),
            CategoryCorrected m => Appeal(m.AppealId, Required(m.CorrectedAt, nameof(m.CorrectedAt)), Id(m.OperatorId)),
            OperatorPresenceChanged m => Operator(Id(m.OperatorId), Required(m.ChangedAt, nameof(m.ChangedAt)),
                new OperatorState(m.OperatorId, PresenceRank, Known(m.Current, Presence.All, "presence"), m.Reason ?? "")),
            OperatorRosterChanged m => Operator(Id(m.OperatorId), Required(m.ChangedAt, nameof(m.ChangedAt))),
            RegionalAlertChanged m => Floor(Required(m.ChangedAt, nameof(m.ChangedAt))),
            SignInAttempted m => Floor(Required(m.AttemptedAt, nameof(m.AttemptedAt))),
            AccountChanged m => Floor(Required(m.ChangedAt, nameof(m.ChangedAt))),
            _ => throw new InvalidMessageException($"Reporting does not record {message.GetType().Name}."),
        };
    }

    private static RecordedEvent Stamp(RecordedEvent recorded)
    {
        Require(recorded.MessageId != Guid.Empty, "has no message id");
        return recorded;
    }

    private static DateTimeOffset Required(DateTimeOffset at, string field)
    {
        Require(at != default, $"has no {field}");
        return at;
    }

    private static string Id(string? operatorId)
    {
        Require(!string.IsNullOrWhiteSpace(operatorId), "has no operator id");
        return operatorId!;
    }

    private static string Known(string? value, IReadOnlyList<string> known, string what)
    {
        Require(value is not null && known.Contains(value), $"has an unknown {what} '{value}'");
        return value!;
    }

    private static void Require(bool holds, string problem)
    {
        if (!holds)
        {
            throw new InvalidMessageException($"The event {problem}.");
        }
    }
}
