using StackExchange.Redis;

namespace Ukc.Reporting.Infrastructure;

/// <summary>Counts of appeals by the stage they reached, each appeal counted once per stage.</summary>
public sealed class AppealCounts(IConnectionMultiplexer redis)
{
    public const string Received = "received";
    public const string Categorized = "categorized";
    public const string Queued = "queued";

    private static readonly string CountOnceScript = EmbeddedScript.Read(typeof(AppealCounts).Assembly, "count-once.lua");

    private IDatabase Db => redis.GetDatabase();

    /// <param name="counters">The counters beside the stage's own, such as <c>category:medical</c>.</param>
    public Task RecordAsync(string stage, Guid appealId, params string[] counters)
    {
        RedisValue[] args = [appealId.ToString("N"), stage, .. counters.Select(c => (RedisValue)c)];
        return Db.ScriptEvaluateAsync(CountOnceScript, [RedisKeys.Counted(stage), RedisKeys.Counts], args);
    }

    public async Task<Summary> SummaryAsync()
    {
        var counts = (await Db.HashGetAllAsync(RedisKeys.Counts)).ToDictionary(e => e.Name.ToString(), e => (long)e.Value);
        return new Summary(
            counts.GetValueOrDefault(Received),
            counts.GetValueOrDefault(Categorized),
            counts.GetValueOrDefault(Queued),
            Breakdown(counts, "category:"),
            Breakdown(counts, "priority:"));
    }

    private static SortedDictionary<string, long> Breakdown(Dictionary<string, long> counts, string prefix) =>
        new(counts.Where(c => c.Key.StartsWith(prefix, StringComparison.Ordinal)).ToDictionary(c => c.Key[prefix.Length..], c => c.Value), StringComparer.Ordinal);
}

public sealed record Summary(
    long Received,
    long Categorized,
    long Queued,
    IReadOnlyDictionary<string, long> ByCategory,
    IReadOnlyDictionary<string, long> ByPriority);
