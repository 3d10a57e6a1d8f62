using Ukc.Contracts;
using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace Ukc.Assignment.Routing;

/// <summary>Offers of appeals to operators: made, accepted, declined, lapsed; and the appeals operators resolve.</summary>
public sealed class Offers(IConnectionMultiplexer redis, RoutingScripts scripts, IOptions<AssignmentOptions> settings)
{
    private readonly AssignmentOptions options = settings.Value;

    private IDatabase Db => redis.GetDatabase();

    /// <summary>One routing decision, or none when no waiting appeal has a free operator.</summary>
    public Task<IReadOnlyList<RoutingChange>> MatchNextAsync() =>
        scripts.RunAsync(
            RoutingScripts.Match,
            [],
            (long)options.OfferTimeout.TotalMilliseconds, (long)options.FallbackWait.TotalMilliseconds, Guid.NewGuid().ToString());

    public Task<IReadOnlyList<RoutingChange>> AcceptAsync(string operatorId, Guid appealId) =>
        scripts.RunAsync(RoutingScripts.Accept, [RedisKeys.Appeal(appealId), RedisKeys.Operator(operatorId)], operatorId, appealId.ToString("N"));

    public Task<IReadOnlyList<RoutingChange>> DeclineAsync(string operatorId, Guid appealId) =>
        PassAsync(operatorId, appealId.ToString("N"), RoutingChangeKind.Declined);

    public async Task<IReadOnlyList<RoutingChange>> ExpireLapsedAsync(int atMost = 100)
    {
        var lapsed = await Db.SortedSetRangeByScoreAsync(RedisKeys.Offers, double.NegativeInfinity, scripts.Now, take: atMost);
        var changes = new List<RoutingChange>();
        foreach (var appealId in lapsed)
        {
            var holder = await Db.HashGetAsync(RedisKeys.Appeal(appealId!), "operator");
            if (!holder.IsNull)
            {
                changes.AddRange(await PassAsync(holder!, appealId!, RoutingChangeKind.TimedOut));
            }
        }

        return changes;
    }

    /// <param name="correctedCategory">The category the operator found the appeal to be about; an event says so where it differs.</param>
    public Task<IReadOnlyList<RoutingChange>> ResolveAsync(
        Guid appealId, string operatorId, string resolution, string? notes = null, string? correctedCategory = null) =>
        scripts.RunAsync(
            RoutingScripts.Resolve,
            [RedisKeys.Appeal(appealId)],
            appealId.ToString("N"), operatorId, (long)options.WrapUp.TotalMilliseconds, resolution, notes ?? "", correctedCategory ?? "");

    /// <summary>A supervisor puts an offered or held appeal back in its queue, for another operator.</summary>
    public Task<IReadOnlyList<RoutingChange>> TakeBackAsync(Guid appealId) =>
        scripts.RunAsync(RoutingScripts.TakeBack, [RedisKeys.Appeal(appealId)], appealId.ToString("N"));

    /// <summary>A supervisor gives an appeal to a free operator: it is offered to them at once, whoever had it.</summary>
    public Task<IReadOnlyList<RoutingChange>> ReassignAsync(Guid appealId, string operatorId) =>
        scripts.RunAsync(
            RoutingScripts.Reassign,
            [RedisKeys.Appeal(appealId), RedisKeys.Operator(operatorId)],
            appealId.ToString("N"), operatorId, (long)options.OfferTimeout.TotalMilliseconds, Guid.NewGuid().ToString());

    /// <summary>The appeal as routing sees it: which operator has it and since when, and what it needs.</summary>
    public async Task<RoutedAppeal?> FindAsync(Guid appealId) => RoutedAppeal.From(appealId, await Db.HashGetAllAsync(RedisKeys.Appeal(appealId)));

    private Task<IReadOnlyList<RoutingChange>> PassAsync(string operatorId, string appealId, RoutingChangeKind kind) =>
        scripts.RunAsync(
            RoutingScripts.Pass,
            [RedisKeys.Appeal(appealId), RedisKeys.Operator(operatorId)],
            operatorId, appealId, kind == RoutingChangeKind.TimedOut ? "timed_out" : "declined", options.TimeoutsBeforeBreak);
}
