using Ukc.Contracts;
using System.Globalization;
using StackExchange.Redis;
using Ukc.Staffing.Domain;

namespace Ukc.Staffing.Infrastructure;

/// <summary>Appeals received per Kyiv wall-clock hour: the history the forecast learns from.</summary>
public sealed class ArrivalCounts(IConnectionMultiplexer redis)
{
    private static readonly string RecordScript = EmbeddedScript.Read(typeof(ArrivalCounts).Assembly, "record-arrival.lua");

    /// <summary>A year of weekly history, and a redelivery window far longer than any retry.</summary>
    private static readonly TimeSpan KeepCounts = TimeSpan.FromDays(400);
    private static readonly TimeSpan KeepCountedMarker = TimeSpan.FromDays(2);

    private IDatabase Db => redis.GetDatabase();

    public async Task<bool> RecordAsync(Guid appealId, DateTimeOffset receivedAt)
    {
        var local = KyivTime.Local(receivedAt);
        var hour = new DateTime(local.Year, local.Month, local.Day, local.Hour, 0, 0, DateTimeKind.Unspecified);
        var result = await Db.ScriptEvaluateAsync(
            RecordScript,
            [RedisKeys.CountedAppeal(appealId), RedisKeys.Arrivals(hour), RedisKeys.ArrivalsSince],
            [(long)KeepCountedMarker.TotalSeconds, (long)KeepCounts.TotalSeconds, DateOnly.FromDateTime(local).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)]);
        return (int)result == 1;
    }

    /// <summary>The counts of whole days from <paramref name="from"/> up to <paramref name="today"/> (not included).</summary>
    public async Task<ArrivalHistory> HistoryAsync(DateOnly from, DateOnly today)
    {
        var since = await Db.StringGetAsync(RedisKeys.ArrivalsSince);
        var firstDay = since.IsNullOrEmpty ? today : DateOnly.ParseExact(since.ToString(), "yyyy-MM-dd", CultureInfo.InvariantCulture);
        var start = firstDay > from ? firstDay : from;
        var hours = new List<DateTime>();
        for (var day = start; day < today; day = day.AddDays(1))
        {
            hours.AddRange(Enumerable.Range(0, 24).Select(h => day.ToDateTime(new TimeOnly(h, 0))));
        }

        var counts = new Dictionary<DateTime, double>();
        foreach (var chunk in hours.Chunk(1000))
        {
            var values = await Db.StringGetAsync([.. chunk.Select(h => (RedisKey)RedisKeys.Arrivals(h))]);
            for (var i = 0; i < chunk.Length; i++)
            {
                if (values[i].TryParse(out long count))
                {
                    counts[chunk[i]] = count;
                }
            }
        }

        return new ArrivalHistory(firstDay, today, counts);
    }
}
