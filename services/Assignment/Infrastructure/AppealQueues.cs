using System.Globalization;
using StackExchange.Redis;
using Ukc.Assignment.Domain;

namespace Ukc.Assignment.Infrastructure;

/// <summary>The live queues of appeals waiting for an operator, one per set of skills, in Redis.</summary>
public sealed class AppealQueues(IConnectionMultiplexer redis)
{
    private static readonly string EnqueueScript = EmbeddedScript.Read(typeof(AppealQueues).Assembly, "enqueue.lua");

    private IDatabase Db => redis.GetDatabase();

    /// <returns>False when the appeal was queued before (a redelivered message).</returns>
    public async Task<bool> EnqueueAsync(Guid appealId, string queue, string priority, DateTimeOffset receivedAt, DateTimeOffset now)
    {
        var result = await Db.ScriptEvaluateAsync(
            EnqueueScript,
            [RedisKeys.Appeal(appealId), RedisKeys.Queue(queue), RedisKeys.Queues],
            [appealId.ToString("N"), QueueOrder.Score(priority, receivedAt), queue, priority, now.ToString("O", CultureInfo.InvariantCulture)]);
        return (int)result == 1;
    }

    public async Task<IReadOnlyList<QueueLength>> LengthsAsync()
    {
        var names = await Db.SetMembersAsync(RedisKeys.Queues);
        var lengths = new List<QueueLength>(names.Length);
        foreach (var name in names.Select(n => n.ToString()).Order(StringComparer.Ordinal))
        {
            lengths.Add(new QueueLength(name, await Db.SortedSetLengthAsync(RedisKeys.Queue(name))));
        }

        return lengths;
    }
}

public sealed record QueueLength(string Queue, long Waiting);
