using StackExchange.Redis;
using Ukc.Assignment.Routing;
using Ukc.Contracts;

namespace Assignment.Tests;

[Collection(RedisCollection.Name)]
public sealed class ConcurrencyTests(RedisServer redis) : IAsyncLifetime
{
    public Task InitializeAsync() => redis.FlushAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task Routers_racing_on_separate_connections_never_offer_one_appeal_twice_nor_two_appeals_to_one_operator()
    {
        var floor = new RoutingFloor(redis);
        for (var i = 0; i < 20; i++)
        {
            await floor.AddOperatorAsync($"op-{i:00}", skills: [Categories.Evacuation, Languages.Ukrainian]);
        }

        var appeals = new List<Guid>();
        for (var i = 0; i < 200; i++)
        {
            appeals.Add(await floor.EnqueueAsync());
        }

        // Eight routers, as many replicas would be, each on its own connection, all matching, accepting and resolving at once.
        var handled = new System.Collections.Concurrent.ConcurrentBag<RoutingChange>();
        var routers = Enumerable.Range(0, 8).Select(async _ =>
        {
            await using var connection = await ConnectionMultiplexer.ConnectAsync(redis.Connection.Configuration);
            var offers = new Offers(connection, floor.Routing(connection), Microsoft.Extensions.Options.Options.Create(floor.Options));
            while ((await offers.MatchNextAsync()).SingleOrDefault(c => c.Kind == RoutingChangeKind.Offered) is { } offer)
            {
                Assert.Contains(await offers.AcceptAsync(offer.OperatorId!, offer.Appeal), c => c.Kind == RoutingChangeKind.Assigned);
                handled.Add(offer);
                Assert.Contains(await offers.ResolveAsync(offer.Appeal, offer.OperatorId!, "advised"), c => c.Kind == RoutingChangeKind.Resolved);
            }
        });
        await Task.WhenAll(routers);
        // A router can find the queue empty for a moment while others hold operators; finish what is left.
        foreach (var offer in await floor.MatchAllAsync())
        {
            handled.Add(offer);
            await floor.HandleAsync(offer);
        }

        Assert.Equal(appeals.Order(), handled.Select(o => o.Appeal).Order());
    }
}
