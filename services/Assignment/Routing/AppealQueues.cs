using Microsoft.Extensions.Options;
using StackExchange.Redis;
using Ukc.Assignment.Domain;
using Ukc.Contracts;

namespace Ukc.Assignment.Routing;

/// <summary>The live queues of appeals waiting for an operator, one per set of skills, and the callbacks still to come.</summary>
public sealed class AppealQueues(IConnectionMultiplexer redis, RoutingScripts scripts, TimeProvider time, IOptions<AssignmentOptions> settings)
{
    private readonly AssignmentOptions options = settings.Value;

    private IDatabase Db => redis.GetDatabase();

    /// <summary>
    /// Queues a categorized appeal; one whose citizen asked to be called back later, or a phone appeal facing a long wait,
    /// waits for its callback instead.
    /// </summary>
    public async Task<IReadOnlyList<RoutingChange>> EnqueueAsync(AppealCategorized appeal)
    {
        var queue = QueueOrder.QueueName(appeal.Skills);
        var score = QueueOrder.Score(appeal.Priority, appeal.ReceivedAt, options.AgingStep);
        var now = time.GetUtcNow();
        var callback = CallbackPlan.Requested(appeal.CallbackFrom, appeal.CallbackTo, now);
        if (callback is null && appeal.Channel == Channels.Phone)
        {
            callback = CallbackPlan.ForWait(await EstimateWaitAsync(queue, score), options.CallbackThreshold, now);
        }

        return await scripts.RunAsync(
            RoutingScripts.Enqueue,
            [RedisKeys.Appeal(appeal.AppealId), RedisKeys.Queue(queue)],
            appeal.AppealId.ToString("N"), queue, score, appeal.Priority, appeal.Category, appeal.Channel,
            appeal.ReceivedAt.ToUnixTimeMilliseconds(),
            callback is null ? "" : callback.From.ToUnixTimeMilliseconds(), callback is null ? "" : callback.To.ToUnixTimeMilliseconds());
    }

    public Task<IReadOnlyList<RoutingChange>> AbandonAsync(Guid appealId) =>
        scripts.RunAsync(RoutingScripts.Abandon, [RedisKeys.Appeal(appealId)], appealId.ToString("N"));

    public Task<IReadOnlyList<RoutingChange>> ReleaseDueCallbacksAsync(int atMost = 100) =>
        scripts.RunAsync(RoutingScripts.Callbacks, [], atMost);

    public async Task<IReadOnlyList<QueueState>> OverviewAsync()
    {
        var names = (await Db.SetMembersAsync(RedisKeys.Queues)).Select(n => n.ToString()).Order(StringComparer.Ordinal);
        var handleTime = await AverageHandleTimeAsync();
        var states = new List<QueueState>();
        foreach (var name in names)
        {
            var waiting = await Db.SortedSetLengthAsync(RedisKeys.Queue(name));
            var (free, atWork) = await OperatorsAsync(name);
            var estimate = WaitEstimate.For(waiting, free, atWork, handleTime);
            states.Add(new QueueState(name, waiting, free, atWork, estimate is { } e ? (int)Math.Round(e.TotalSeconds) : null));
        }

        return states;
    }

    private async Task<TimeSpan?> EstimateWaitAsync(string queue, double score)
    {
        var ahead = await Db.SortedSetLengthAsync(RedisKeys.Queue(queue), double.NegativeInfinity, score, Exclude.Stop);
        var (free, atWork) = await OperatorsAsync(queue);
        return WaitEstimate.For(ahead, free, atWork, await AverageHandleTimeAsync());
    }

    /// <summary>The operators with every skill of the queue: free now, and at work at all.</summary>
    private async Task<(long Free, long AtWork)> OperatorsAsync(string queue)
    {
        var skills = QueueOrder.SkillsOf(queue).Select(s => (RedisKey)RedisKeys.Skill(s)).ToArray();
        return (await Db.SortedSetIntersectionLengthAsync([RedisKeys.Available, .. skills]),
            await Db.SetIntersectionLengthAsync([RedisKeys.Working, .. skills]));
    }

    private async Task<TimeSpan> AverageHandleTimeAsync()
    {
        var recent = await Db.ListRangeAsync(RedisKeys.HandleTimes);
        return recent.Length == 0 ? options.DefaultHandleTime : TimeSpan.FromMilliseconds(recent.Average(v => (double)v));
    }
}

/// <param name="EstimatedWaitSeconds">Null when nobody who can take these appeals is at work.</param>
