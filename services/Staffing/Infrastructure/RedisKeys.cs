namespace Ukc.Staffing.Infrastructure;

/// <summary>
/// Every Redis key Staffing uses, under its own prefix. The prefix is a hash tag, so on Redis Cluster all of them
/// share one slot and any script may touch any of them, such as a change and its outbox entry.
/// </summary>
internal static class RedisKeys
{
    private const string Prefix = "{staffing}:";

    /// <summary>The roster: operator id → the operator as JSON.</summary>
    public const string Operators = Prefix + "operators";

    /// <summary>Roster and alert messages until the broker has confirmed them.</summary>
    public const string Outbox = Prefix + "outbox";

    /// <summary>Active regional alerts: alert id → the alert as JSON.</summary>
    public const string Alerts = Prefix + "alerts";

    /// <summary>Appeals received in one Kyiv wall-clock hour.</summary>
    public static string Arrivals(DateTime kyivHour) => $"{Prefix}arrivals:{kyivHour:yyyyMMddHH}";

    /// <summary>The Kyiv day the first appeal was counted: the history starts there.</summary>
    public const string ArrivalsSince = Prefix + "arrivals:since";

    /// <summary>An appeal already counted, so a redelivered message is not counted twice.</summary>
    public static string CountedAppeal(Guid appealId) => $"{Prefix}counted:{appealId:N}";
}
