using Ukc.Assignment.Routing;
using Ukc.Contracts;

namespace Assignment.Tests;

[Collection(RedisCollection.Name)]
public sealed class PresenceTests(RedisServer redis) : IAsyncLifetime
{
    private static readonly string[] Evacuation = [Categories.Evacuation, Languages.Ukrainian];
    private readonly RoutingFloor floor = new(redis);

    public Task InitializeAsync() => redis.FlushAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task An_operator_whose_heartbeats_stop_goes_offline_and_the_appeal_in_hand_goes_to_someone_else()
    {
        await floor.AddOperatorAsync("op-1", skills: Evacuation);
        var receivedAt = floor.Clock.GetUtcNow();
        var appeal = await floor.EnqueueAsync();
        await floor.Offers.AcceptAsync("op-1", Assert.Single(await floor.MatchAllAsync()).Appeal);
        await floor.AddOperatorAsync("op-2", skills: Evacuation);

        floor.Clock.Advance(floor.Options.HeartbeatTimeout - TimeSpan.FromSeconds(5));
        await floor.Operators.HeartbeatAsync("op-2");
        Assert.Empty(await floor.Operators.DropSilentAsync());
        floor.Clock.Advance(TimeSpan.FromSeconds(10));
        var dropped = await floor.Operators.DropSilentAsync();

        Assert.Contains(dropped, c => c is { Kind: RoutingChangeKind.Presence, OperatorId: "op-1", To: Presence.Offline, Reason: "heartbeat_lost" });
        Assert.Contains(dropped, c => c is { Kind: RoutingChangeKind.Requeued, OperatorId: "op-1" } && c.Appeal == appeal);
        Assert.DoesNotContain(dropped, c => c.OperatorId == "op-2");
        var again = Assert.Single(await floor.MatchAllAsync());
        Assert.Equal((appeal, "op-2"), (again.Appeal, again.OperatorId));
        Assert.Equal(receivedAt, (await floor.Offers.FindAsync(appeal))!.ReceivedAt);
    }

    [Fact]
    public async Task An_operator_on_a_break_gets_no_offers_and_cannot_take_one_while_holding_an_appeal()
    {
        await floor.AddOperatorAsync("op-1", skills: Evacuation);
        await floor.Operators.SetOwnPresenceAsync("op-1", Presence.Break);
        await floor.EnqueueAsync();
        Assert.Empty(await floor.MatchAllAsync());

        await floor.Operators.SetOwnPresenceAsync("op-1", Presence.Available);
        var appeal = Assert.Single(await floor.MatchAllAsync()).Appeal;
        await floor.Offers.AcceptAsync("op-1", appeal);

        Assert.Contains(await floor.Operators.SetOwnPresenceAsync("op-1", Presence.Break), c => c is { Kind: RoutingChangeKind.Refused, Reason: "holds_appeal" });
    }

    [Fact]
    public async Task An_unknown_operator_cannot_set_a_presence()
    {
        Assert.Contains(await floor.Operators.SetOwnPresenceAsync("nobody", Presence.Available), c => c is { Reason: "unknown_operator" });
    }

    [Fact]
    public async Task An_air_raid_sends_operators_without_shelter_to_one_and_brings_them_back_after()
    {
        await floor.AddOperatorAsync("kharkiv-home", region: "kharkiv", skills: Evacuation);
        await floor.AddOperatorAsync("kharkiv-shelter", region: "kharkiv", sheltered: true, skills: Evacuation);
        await floor.AddOperatorAsync("lviv", region: "lviv", skills: Evacuation);
        await floor.Operators.SetOwnPresenceAsync("lviv", Presence.Break);
        var appeal = await floor.EnqueueAsync();
        Assert.Equal("kharkiv-home", Assert.Single(await floor.MatchAllAsync()).OperatorId);
        var alert = new RegionalAlertChanged(Guid.NewGuid(), "air_raid", ["kharkiv", "lviv"], true, floor.Clock.GetUtcNow());

        var began = await floor.Operators.ApplyAlertAsync(alert);

        Assert.Contains(began, c => c is { Kind: RoutingChangeKind.Presence, OperatorId: "kharkiv-home", To: Presence.Shelter });
        Assert.Contains(began, c => c is { Kind: RoutingChangeKind.Presence, OperatorId: "lviv", To: Presence.Shelter });
        Assert.DoesNotContain(began, c => c.OperatorId == "kharkiv-shelter" && c.Kind == RoutingChangeKind.Presence);
        Assert.Equal("kharkiv-shelter", Assert.Single(await floor.MatchAllAsync(), o => o.Appeal == appeal).OperatorId);
        Assert.Empty(await floor.Operators.ApplyAlertAsync(alert));

        var ended = await floor.Operators.ApplyAlertAsync(alert with { Active = false });

        Assert.Contains(ended, c => c is { OperatorId: "kharkiv-home", To: Presence.Available, Reason: "alert_ended" });
        Assert.Contains(ended, c => c is { OperatorId: "lviv", To: Presence.Break });
    }

    [Fact]
    public async Task Two_roster_changes_within_one_millisecond_keep_their_order()
    {
        await floor.AddOperatorAsync("op-1", skills: Evacuation);
        var first = floor.Clock.GetUtcNow().AddTicks(1_000);

        await floor.Operators.FollowRosterAsync(new OperatorRosterChanged("op-1", "Ольга", [new(Categories.Medical, 1)], "kyiv_city", false, false, first));
        await floor.Operators.FollowRosterAsync(new OperatorRosterChanged("op-1", "Ольга", [new(Categories.Documents, 1)], "kyiv_city", false, false, first.AddTicks(4_000)));

        Assert.Equal([Categories.Documents], (await floor.Operators.FindAsync("op-1"))!.Skills);
    }

    [Fact]
    public async Task An_alert_end_that_overtook_its_start_on_the_bus_sends_nobody_to_shelter()
    {
        await floor.AddOperatorAsync("kharkiv-home", region: "kharkiv", skills: Evacuation);
        var alert = new RegionalAlertChanged(Guid.NewGuid(), "air_raid", ["kharkiv"], true, floor.Clock.GetUtcNow());

        Assert.Empty(await floor.Operators.ApplyAlertAsync(alert with { Active = false }));
        var lateStart = await floor.Operators.ApplyAlertAsync(alert);

        Assert.Empty(lateStart);
        Assert.Equal(Presence.Available, (await floor.Operators.FindAsync("kharkiv-home"))!.Presence);
    }

    [Fact]
    public async Task The_roster_decides_who_can_take_what_and_an_older_roster_change_is_ignored()
    {
        await floor.AddOperatorAsync("op-1", skills: Evacuation);
        var now = floor.Clock.GetUtcNow();
        await floor.Operators.FollowRosterAsync(new OperatorRosterChanged("op-1", "Ольга", [new(Categories.Medical, 1), new("uk", 3)], "kyiv_city", false, false, now));
        await floor.Operators.FollowRosterAsync(new OperatorRosterChanged("op-1", "Ольга", [new(Categories.Evacuation, 1), new("uk", 3)], "kyiv_city", false, false, now.AddMinutes(-1)));

        await floor.EnqueueAsync();
        Assert.Empty(await floor.MatchAllAsync());
        var medical = await floor.EnqueueAsync(category: Categories.Medical);
        Assert.Equal(medical, Assert.Single(await floor.MatchAllAsync()).Appeal);

        var removed = await floor.Operators.FollowRosterAsync(new OperatorRosterChanged("op-1", "Ольга", [], "kyiv_city", false, true, now.AddMinutes(1)));
        Assert.Contains(removed, c => c is { Kind: RoutingChangeKind.Requeued } && c.Appeal == medical);
        Assert.Null(await floor.Operators.FindAsync("op-1"));
    }
}
