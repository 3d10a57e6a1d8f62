using StackExchange.Redis;
using Ukc.Assignment.Domain;

namespace Ukc.Assignment.Infrastructure;

/// <summary>Offers of appeals to operators: made, accepted, declined, lapsed; and the appeals operators resolve.</summary>
public sealed class Offers(IConnectionMultiplexer redis, RoutingScripts scripts, RoutingOptions options)
{
    private IDatabase Db => redis.GetDatabase();

    /// <summary>One routing decision, or none when no waiting appeal has a free operator.</summary>
    public Task<IReadOnlyList<RoutingChange>> MatchNextAsync() =>
        scripts.RunAsync(
            RoutingScripts.Match,
            (long)options.OfferTimeout.TotalMilliseconds, (long)options.FallbackWait.TotalMilliseconds, Guid.NewGuid().ToString());

    public Task<IReadOnlyList<RoutingChange>> AcceptAsync(string operatorId, Guid appealId) =>
        scripts.RunAsync(RoutingScripts.Accept, operatorId, appealId.ToString("N"));

    public Task<IReadOnlyList<RoutingChange>> DeclineAsync(string operatorId, Guid appealId) =>
        PassAsync(operatorId, appealId.ToString("N"), "declined");

    public async Task<IReadOnlyList<RoutingChange>> ExpireLapsedAsync()
    {
        var lapsed = await Db.SortedSetRangeByScoreAsync(RedisKeys.Offers, double.NegativeInfinity, scripts.Now, take: 100);
        var changes = new List<RoutingChange>();
        foreach (var appealId in lapsed)
        {
            var holder = await Db.HashGetAsync(RedisKeys.Appeal(appealId!), "operator");
            if (!holder.IsNull)
            {
                changes.AddRange(await PassAsync(holder!, appealId!, "timed_out"));
            }
        }

        return changes;
    }

    public Task<IReadOnlyList<RoutingChange>> ResolveAsync(Guid appealId, string? operatorId) =>
        scripts.RunAsync(RoutingScripts.Resolve, appealId.ToString("N"), operatorId ?? "", (long)options.WrapUp.TotalMilliseconds);

    /// <summary>The appeal as routing sees it: which operator has it and since when, and what it needs.</summary>
    public async Task<RoutedAppeal?> FindAsync(Guid appealId) => RoutedAppeal.From(appealId, await Db.HashGetAllAsync(RedisKeys.Appeal(appealId)));

    private Task<IReadOnlyList<RoutingChange>> PassAsync(string operatorId, string appealId, string kind) =>
        scripts.RunAsync(RoutingScripts.Pass, operatorId, appealId, kind, options.TimeoutsBeforeBreak);
}
