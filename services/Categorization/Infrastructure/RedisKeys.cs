namespace Ukc.Categorization.Infrastructure;

/// <summary>Every Redis key Categorization uses, under its own prefix.</summary>
internal static class RedisKeys
{
    private const string Prefix = "categorization:";

    /// <summary>Operators' corrections: a hash of (appeal, corrected category) → correction.</summary>
    public const string Corrections = Prefix + "corrections";

    public static string Correction(Guid appealId, string correctedCategory) => $"{appealId:N}:{correctedCategory}";
}
