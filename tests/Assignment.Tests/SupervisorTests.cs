using Ukc.Assignment.Routing;
using Ukc.Contracts;

namespace Assignment.Tests;

/// <summary>A supervisor takes an appeal back from an operator, or gives it to a named one.</summary>
[Collection(RedisCollection.Name)]
public sealed class SupervisorTests(RedisServer redis) : IAsyncLifetime
{
    private static readonly string[] Evacuation = [Categories.Evacuation, Languages.Ukrainian];
    private readonly RoutingFloor floor = new(redis);

    public Task InitializeAsync() => redis.FlushAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task An_appeal_taken_back_from_the_operator_who_holds_it_waits_again_and_goes_to_someone_else()
    {
        await floor.AddOperatorAsync("op-1", skills: Evacuation);
        var appeal = await floor.EnqueueAsync();
        await floor.Offers.AcceptAsync("op-1", Assert.Single(await floor.MatchAllAsync()).Appeal);
        await floor.AddOperatorAsync("op-2", skills: Evacuation);
        await floor.EventsAsync();

        await floor.Offers.TakeBackAsync(appeal);

        var now = floor.Clock.GetUtcNow();
        Assert.Equal(
            [
                new AppealRequeued(appeal, "evacuation+uk", "supervisor_requeued", now),
                new OperatorPresenceChanged("op-1", Presence.Busy, Presence.Available, "supervisor_requeued", now),
            ],
            await floor.EventsAsync());
        var op1 = await floor.Operators.FindAsync("op-1");
        Assert.Equal((Presence.Available, (Guid?)null), (op1!.Presence, op1.AssignedAppeal));
        Assert.Equal("op-2", Assert.Single(await floor.MatchAllAsync()).OperatorId);
    }

    [Fact]
    public async Task Only_an_appeal_with_an_operator_can_be_taken_back()
    {
        var waiting = await floor.EnqueueAsync();

        Assert.Equal("not_with_operator", Assert.Single(await floor.Offers.TakeBackAsync(waiting)).Reason);
        Assert.Equal("unknown_appeal", Assert.Single(await floor.Offers.TakeBackAsync(Guid.NewGuid())).Reason);
        Assert.Equal("queued", (await floor.Offers.FindAsync(waiting))!.State);
    }

    [Fact]
    public async Task An_appeal_reassigned_while_offered_to_one_operator_is_offered_at_once_to_the_one_named()
    {
        await floor.AddOperatorAsync("op-1", skills: Evacuation);
        await floor.AddOperatorAsync("op-2", skills: [Categories.Medical]);
        var appeal = await floor.EnqueueAsync();
        Assert.Equal("op-1", Assert.Single(await floor.MatchAllAsync()).OperatorId);
        await floor.EventsAsync();

        var changes = await floor.Offers.ReassignAsync(appeal, "op-2");

        Assert.Contains(changes, c => c is { Kind: RoutingChangeKind.Offered, OperatorId: "op-2" });
        var events = await floor.EventsAsync();
        Assert.Equal(new AppealRequeued(appeal, "evacuation+uk", "supervisor_reassigned", floor.Clock.GetUtcNow()), events[0]);
        var offered = Assert.IsType<AppealOffered>(events[1]);
        Assert.Equal((appeal, "op-2", 2), (offered.AppealId, offered.OperatorId, offered.Attempt));
        Assert.Equal(2, events.Count);
        Assert.Null((await floor.Operators.FindAsync("op-1"))!.OfferedAppeal);
        Assert.Equal(appeal, (await floor.Operators.FindAsync("op-2"))!.OfferedAppeal);
        Assert.Contains(await floor.Offers.AcceptAsync("op-2", appeal), c => c.Kind == RoutingChangeKind.Assigned);
    }

    [Fact]
    public async Task An_appeal_is_not_given_to_an_operator_who_is_not_free_and_nothing_changes()
    {
        await floor.AddOperatorAsync("op-1", skills: Evacuation);
        await floor.AddOperatorAsync("op-2", skills: Evacuation);
        var held = await floor.EnqueueAsync();
        await floor.Offers.AcceptAsync("op-1", Assert.Single(await floor.MatchAllAsync()).Appeal);
        await floor.Operators.SetOwnPresenceAsync("op-2", Presence.Break);
        var waiting = await floor.EnqueueAsync();
        await floor.EventsAsync();

        Assert.Equal("operator_not_free", Assert.Single(await floor.Offers.ReassignAsync(waiting, "op-1")).Reason);
        Assert.Equal("operator_not_free", Assert.Single(await floor.Offers.ReassignAsync(waiting, "op-2")).Reason);
        Assert.Equal("already_theirs", Assert.Single(await floor.Offers.ReassignAsync(held, "op-1")).Reason);
        Assert.Equal("unknown_operator", Assert.Single(await floor.Offers.ReassignAsync(waiting, "op-9")).Reason);
        Assert.Empty(await floor.EventsAsync());
        Assert.Equal("queued", (await floor.Offers.FindAsync(waiting))!.State);
    }
}
