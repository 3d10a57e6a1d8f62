namespace Ukc.Intake.Infrastructure;

/// <summary>Every Redis key Intake uses, under its own prefix.</summary>
internal static class RedisKeys
{
    private const string Prefix = "intake:";

    public static string Appeal(Guid id) => $"{Prefix}appeal:{id:N}";

    /// <summary>All appeals, scored by the time they arrived.</summary>
    public const string AppealsByArrival = Prefix + "appeals";
}
