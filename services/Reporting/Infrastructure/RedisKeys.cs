namespace Ukc.Reporting.Infrastructure;

/// <summary>
/// Every Redis key Reporting uses, under its own prefix. The prefix is a hash tag, so on Redis Cluster all of them
/// share one slot and any script may touch any of them, such as a change and its outbox entry.
/// </summary>
internal static class RedisKeys
{
    private const string Prefix = "{reporting}:";

    /// <summary>How many appeals reached each stage, and how many per category and priority.</summary>
    public const string Counts = Prefix + "counts";

    /// <summary>The appeals already counted for a stage, so that a redelivered event is counted once.</summary>
    public static string Counted(string stage) => $"{Prefix}counted:{stage}";
}
