namespace Ukc.Assignment.Infrastructure;

/// <summary>Every Redis key Assignment uses, under its own prefix.</summary>
internal static class RedisKeys
{
    private const string Prefix = "assignment:";

    public static string Queue(string name) => $"{Prefix}queue:{name}";

    /// <summary>The names of all queues that exist.</summary>
    public const string Queues = Prefix + "queues";

    /// <summary>Assignment's own record of an appeal, so a redelivered message never queues it twice.</summary>
    public static string Appeal(Guid id) => $"{Prefix}appeal:{id:N}";
}
