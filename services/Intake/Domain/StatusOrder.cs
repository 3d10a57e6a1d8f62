using Ukc.Contracts;

namespace Ukc.Intake.Domain;

/// <summary>
/// How far along its way each status is. Events can arrive twice or out of order: an appeal takes the
/// status of the latest event (so a re-queue after an offer shows), the rank breaks ties between events
/// of the same instant, and a resolved or abandoned appeal stays so.
/// </summary>
public static class StatusOrder
{
    public static bool IsFinal(string status) => status is AppealStatuses.Resolved or AppealStatuses.Abandoned;

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
