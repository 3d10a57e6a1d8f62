namespace Ukc.Categorization.Infrastructure;

/// <summary>
/// Every Redis key Categorization uses, under its own prefix. The prefix is a hash tag, so on Redis Cluster all of them
/// share one slot and any script may touch any of them, such as a change and its outbox entry.
/// </summary>
internal static class RedisKeys
{
    private const string Prefix = "{categorization}:";

    /// <summary>Operators' corrections: a hash of (appeal, corrected category) → correction.</summary>
    public const string Corrections = Prefix + "corrections";

    /// <summary>When an appeal was first categorized, in Unix milliseconds.</summary>
    public static string CategorizedAt(Guid appealId) => $"{Prefix}categorized:{appealId:N}";

    public static string Correction(Guid appealId, string correctedCategory) => $"{appealId:N}:{correctedCategory}";
}
