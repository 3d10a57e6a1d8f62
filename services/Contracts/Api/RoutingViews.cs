namespace Ukc.Contracts;

/// <summary>An operator as routing keeps them: presence since when, skills, and the appeal offered to or held by them.</summary>
/// <param name="WrapUpEndsAt">In wrap-up: when they are available again.</param>
public sealed record OperatorState(
    string OperatorId,
    string Name,
    string? Region,
    bool ShelteredWorkplace,
    string Presence,
    DateTimeOffset? Since,
    IReadOnlyList<string> Skills,
    Guid? OfferedAppeal,
    Guid? AssignedAppeal,
    DateTimeOffset? WrapUpEndsAt = null);

/// <summary>A notice on an operator's stream; <see cref="Kind"/> is also the server-sent event's type.</summary>
public sealed record OperatorNotice(
    string Kind,
    Guid? AppealId = null,
    Guid? OfferId = null,
    string? Category = null,
    string? Priority = null,
    string? Fallback = null,
    DateTimeOffset? ExpiresAt = null,
    string? Presence = null,
    string? Reason = null)
{
    public const string State = "state";
    public const string Offer = "offer";
    public const string OfferWithdrawn = "offer_withdrawn";
    public const string Assigned = "assigned";
    public const string PresenceChanged = "presence";
    public const string Ping = "ping";
}

/// <summary>An appeal as routing keeps it: where it waits or who has it. Times are those of the appeal's record.</summary>
public sealed record RoutedAppeal(
    Guid AppealId,
    string State,
    string Queue,
    string Priority,
    string Category,
    string Channel,
    string? OperatorId,
    string? OfferId,
    int Attempts,
    string? Fallback,
    DateTimeOffset ReceivedAt,
    DateTimeOffset? OfferExpiresAt,
    DateTimeOffset? AssignedAt);

/// <summary>A queue now: appeals waiting, operators who can take them, and the wait a new appeal can expect.</summary>
public sealed record QueueState(string Queue, long Waiting, long OperatorsFree, long OperatorsAtWork, int? EstimatedWaitSeconds);
