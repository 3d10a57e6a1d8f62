namespace Ukc.Assignment.Infrastructure;

/// <summary>
/// One thing a routing script changed, as the script reports it: <c>queued</c>, <c>callback</c>,
/// <c>offered</c>, <c>assigned</c>, <c>declined</c>, <c>timed_out</c>, <c>requeued</c>,
/// <c>withdrawn</c>, <c>resolved</c>, <c>presence</c>; or <c>refused</c>, when it changed nothing and
/// <see cref="Reason"/> says why. Times are Unix milliseconds.
/// </summary>
public sealed record RoutingChange(
    string Kind,
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
    public const string Refused = "refused";

    public Guid Appeal => Guid.ParseExact(AppealId!, "N");
}
