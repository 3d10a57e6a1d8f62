namespace Ukc.Intake.Infrastructure;

/// <summary>
/// Every Redis key Intake uses, under its own prefix. The prefix is a hash tag, so on Redis Cluster all of them
/// share one slot and any script may touch any of them, such as a change and its outbox entry.
/// </summary>
internal static class RedisKeys
{
    private const string Prefix = "{intake}:";

    /// <summary>An appeal's hash is this prefix and its id (32 hex digits); its timeline adds <see cref="TimelineSuffix"/>.</summary>
    public const string AppealPrefix = Prefix + "appeal:";

    public const string TimelineSuffix = ":timeline";

    public static string Appeal(Guid id) => $"{AppealPrefix}{id:N}";

    /// <summary>The appeal's timeline: one entry per event, scored by the time of the event.</summary>
    public static string Timeline(Guid id) => $"{AppealPrefix}{id:N}{TimelineSuffix}";

    /// <summary>All appeals, scored by the time they arrived.</summary>
    public const string AppealsByArrival = Prefix + "appeals";

    /// <summary>Appeals in each status, scored by arrival; the script that moves a status moves the appeal between them.</summary>
    public const string StatusIndexPrefix = Prefix + "status:";

    public static string StatusIndex(string status) => StatusIndexPrefix + status;

    public const string CategoryIndexPrefix = Prefix + "category:";

    /// <summary>Appeals of each category, scored by arrival; the script that records the category keeps it there.</summary>
    public static string CategoryIndex(string category) => CategoryIndexPrefix + category;

    /// <summary>
    /// Appeals resolved or abandoned and still kept here, scored by the time they closed: the script that
    /// closes an appeal adds it, the one that archives it removes it.
    /// </summary>
    public const string Closed = Prefix + "closed";

    /// <summary>
    /// The tombstones of appeals that moved to Reporting's archive, scored by the time they closed: all that
    /// stays of them here, so that an archived appeal is told from one that never was.
    /// </summary>
    public const string Archived = Prefix + "archived";

    /// <summary>Messages accepted but not yet confirmed by the broker, in order of arrival (a stream).</summary>
    public const string Outbox = Prefix + "outbox";

    public const string IdempotencyKeyPrefix = Prefix + "idempotency:";

    public static string IdempotencyKey(string key) => IdempotencyKeyPrefix + key;

    public const string CallPrefix = Prefix + "call:";

    public static string Call(string callId) => CallPrefix + callId;

    public const string RecentFromPhonePrefix = Prefix + "recent:";

    /// <summary>The appeals from one phone number within the repeat window, to find repeat contacts.</summary>
    public static string RecentFromPhone(string phone) => RecentFromPhonePrefix + phone;

    public const string Stats = Prefix + "stats";
}
