using Ukc.Contracts;

namespace Assignment.Tests;

[Collection(RedisCollection.Name)]
public sealed class RoutingOrderTests(RedisServer redis) : IAsyncLifetime
{
    private readonly RoutingFloor floor = new(redis);

    public Task InitializeAsync() => redis.FlushAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task A_critical_appeal_overtakes_a_queue_of_normal_ones()
    {
        var normal = new List<Guid>();
        for (var i = 0; i < 20; i++)
        {
            normal.Add(await floor.EnqueueAsync(Priorities.Normal));
        }

        var critical = await floor.EnqueueAsync(Priorities.Critical);
        await floor.AddOperatorAsync("op-1", skills: [Categories.Evacuation, Languages.Ukrainian]);

        var offer = Assert.Single(await floor.MatchAllAsync());
        Assert.Equal(critical, offer.Appeal);
    }

    [Fact]
    public async Task Within_a_priority_the_appeal_that_came_first_is_offered_first()
    {
        var first = await floor.EnqueueAsync(Priorities.High);
        var second = await floor.EnqueueAsync(Priorities.High);
        await floor.AddOperatorAsync("op-1", skills: [Categories.Evacuation, Languages.Ukrainian]);
        await floor.AddOperatorAsync("op-2", skills: [Categories.Evacuation, Languages.Ukrainian]);

        Assert.Equal([first, second], (await floor.MatchAllAsync()).Select(o => o.Appeal));
    }

    [Fact]
    public async Task A_low_appeal_is_overtaken_only_within_its_starvation_bound()
    {
        // Low is three levels below critical: with a 10-minute step it can be overtaken for 30 minutes.
        var low = await floor.EnqueueAsync(Priorities.Low);
        floor.Clock.Advance(TimeSpan.FromMinutes(29));
        var criticalWithinBound = await floor.EnqueueAsync(Priorities.Critical);
        floor.Clock.Advance(TimeSpan.FromMinutes(2));
        var criticalAfterBound = await floor.EnqueueAsync(Priorities.Critical);
        for (var i = 1; i <= 3; i++)
        {
            await floor.AddOperatorAsync($"op-{i}", skills: [Categories.Evacuation, Languages.Ukrainian]);
        }

        Assert.Equal([criticalWithinBound, low, criticalAfterBound], (await floor.MatchAllAsync()).Select(o => o.Appeal));
    }

    [Fact]
    public async Task A_steady_stream_of_urgent_appeals_does_not_starve_a_waiting_one()
    {
        await floor.AddOperatorAsync("op-1", skills: [Categories.Evacuation, Languages.Ukrainian]);
        var busy = await floor.EnqueueAsync(Priorities.High);
        var first = Assert.Single(await floor.MatchAllAsync());
        await floor.Offers.AcceptAsync("op-1", first.Appeal);

        var normal = await floor.EnqueueAsync(Priorities.Normal);
        var offeredAt = TimeSpan.Zero;
        // One high appeal arrives every minute and the operator handles one appeal a minute.
        for (var minute = 1; minute <= 60; minute++)
        {
            await floor.EnqueueAsync(Priorities.High);
            floor.Clock.Advance(TimeSpan.FromMinutes(1));
            await floor.Offers.ResolveAsync(busy, "op-1", "advised");
            var next = Assert.Single(await floor.MatchAllAsync());
            if (next.Appeal == normal)
            {
                offeredAt = TimeSpan.FromMinutes(minute);
                break;
            }

            await floor.Offers.AcceptAsync("op-1", next.Appeal);
            busy = next.Appeal;
        }

        // Normal is one level below high: after one aging step (10 minutes) new high appeals go behind it.
        Assert.InRange(offeredAt, TimeSpan.FromMinutes(5), floor.Options.AgingStep + TimeSpan.FromMinutes(1));
    }

    [Fact]
    public async Task An_appeal_goes_only_to_an_operator_with_every_skill_it_needs()
    {
        await floor.AddOperatorAsync("no-psych", skills: [Categories.Medical, Languages.Ukrainian]);
        await floor.AddOperatorAsync("no-ukrainian", skills: [Categories.Medical, Languages.Russian, Skills.PsychologicalFirstAid]);
        await floor.AddOperatorAsync("all", skills: [Categories.Medical, Languages.Ukrainian, Languages.Russian, Skills.PsychologicalFirstAid]);
        var appeal = await floor.EnqueueAsync(category: Categories.Medical, psych: true);

        var offer = Assert.Single(await floor.MatchAllAsync());
        Assert.Equal((appeal, "all"), (offer.Appeal, offer.OperatorId));
        Assert.Null(offer.Fallback);
    }

    [Fact]
    public async Task The_operator_idle_longest_gets_the_offer_and_work_is_shared_evenly_over_many_rounds()
    {
        string[] team = ["op-a", "op-b", "op-c"];
        foreach (var id in team)
        {
            await floor.AddOperatorAsync(id, skills: [Categories.Evacuation, Languages.Ukrainian]);
        }

        var handled = team.ToDictionary(id => id, _ => 0);
        var order = new List<string>();
        for (var round = 0; round < 30; round++)
        {
            await floor.EnqueueAsync();
            var offer = Assert.Single(await floor.MatchAllAsync());
            order.Add(offer.OperatorId!);
            handled[offer.OperatorId!]++;
            await floor.HandleAsync(offer);
        }

        Assert.Equal(["op-a", "op-b", "op-c", "op-a", "op-b", "op-c"], order.Take(6));
        Assert.All(handled.Values, count => Assert.Equal(10, count));
    }
}
