using Ukc.Contracts;

namespace Ukc.Intake.Domain;

/// <summary>
/// How far along its way each status is. An event can arrive twice or late; a status only moves
/// to a later one, so a late <c>categorized</c> never undoes a <c>queued</c>.
/// </summary>
public static class StatusOrder
{
    public static int Rank(string status) => status switch
    {
        AppealStatuses.Received => 0,
        AppealStatuses.Categorized => 1,
        AppealStatuses.Queued => 2,
        AppealStatuses.CallbackScheduled => 2,
        AppealStatuses.Offered => 3,
        AppealStatuses.Assigned => 4,
        AppealStatuses.Resolved => 5,
        AppealStatuses.Abandoned => 5,
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, "Unknown appeal status."),
    };
}
