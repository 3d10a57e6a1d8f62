using System.Text.Json.Serialization;

namespace Ukc.Assignment.Routing;

/// <summary>
/// One thing a routing step changed, as its script reports it (the script has already written the event and
/// the operator's notice for it); or <see cref="RoutingChangeKind.Refused"/>, when it changed nothing and
/// <see cref="Reason"/> says why. Times are Unix milliseconds.
/// </summary>
public sealed record RoutingChange(
    RoutingChangeKind Kind,
    string? AppealId = null,
    string? OperatorId = null,
    string? Queue = null,
    string? Priority = null,
    string? Category = null,
    string? Reason = null,
    string? From = null,
    string? To = null,
    string? OfferId = null,
    int Attempt = 0,
    string? Fallback = null,
    long ExpiresAt = 0,
    long ReceivedAt = 0,
    long WindowStart = 0,
    long WindowEnd = 0)
{
    public Guid Appeal => Guid.ParseExact(AppealId!, "N");
}

[JsonConverter(typeof(JsonStringEnumConverter<RoutingChangeKind>))]
public enum RoutingChangeKind
{
    Queued,

    /// <summary>A phone appeal facing a long wait is called back instead.</summary>
    Callback,
    Offered,
    Assigned,
    Declined,

    [JsonStringEnumMemberName("timed_out")]
    TimedOut,
    Requeued,

    /// <summary>An offer taken back from the operator without going back to a queue (the citizen left).</summary>
    Withdrawn,
    Resolved,
    Presence,
    Refused,
}
