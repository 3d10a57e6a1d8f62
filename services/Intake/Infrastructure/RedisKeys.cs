namespace Ukc.Intake.Infrastructure;

/// <summary>
/// Every Redis key Intake uses, under its own prefix. The prefix is a hash tag, so on Redis Cluster all of them
/// share one slot and any script may touch any of them, such as a change and its outbox entry.
/// </summary>
internal static class RedisKeys
{
    private const string Prefix = "{intake}:";

    public static string Appeal(Guid id) => $"{Prefix}appeal:{id:N}";

    /// <summary>The appeal's timeline: one entry per event, scored by the time of the event.</summary>
    public static string Timeline(Guid id) => $"{Prefix}appeal:{id:N}:timeline";

    /// <summary>All appeals, scored by the time they arrived.</summary>
    public const string AppealsByArrival = Prefix + "appeals";

    /// <summary>Appeals in each status, scored by arrival; the script that moves a status moves the appeal between them.</summary>
    public const string StatusIndexPrefix = Prefix + "status:";

    public static string StatusIndex(string status) => StatusIndexPrefix + status;

    public static string CategoryIndex(string category) => $"{Prefix}category:{category}";

    /// <summary>Messages accepted but not yet confirmed by the broker, in order of arrival (a stream).</summary>
    public const string Outbox = Prefix + "outbox";

    public static string IdempotencyKey(string key) => $"{Prefix}idempotency:{key}";

    public static string Call(string callId) => $"{Prefix}call:{callId}";

    /// <summary>The appeals from one phone number within the repeat window, to find repeat contacts.</summary>
    public static string RecentFromPhone(string phone) => $"{Prefix}recent:{phone}";

    public const string Stats = Prefix + "stats";
}
