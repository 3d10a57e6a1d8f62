using Ukc.Assignment.Routing;
using Ukc.Contracts;

namespace Assignment.Tests;

[Collection(RedisCollection.Name)]
public sealed class OfferTests(RedisServer redis) : IAsyncLifetime
{
    private static readonly string[] Evacuation = [Categories.Evacuation, Languages.Ukrainian];
    private readonly RoutingFloor floor = new(redis);

    public Task InitializeAsync() => redis.FlushAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task An_accepted_offer_makes_the_operator_busy_and_the_appeal_theirs()
    {
        await floor.AddOperatorAsync("op-1", skills: Evacuation);
        var appeal = await floor.EnqueueAsync();
        var offer = Assert.Single(await floor.MatchAllAsync());

        var accepted = await floor.Offers.AcceptAsync("op-1", appeal);

        Assert.Contains(accepted, c => c is { Kind: RoutingChangeKind.Assigned, OperatorId: "op-1" });
        var state = await floor.Operators.FindAsync("op-1");
        Assert.Equal((Presence.Busy, appeal), (state!.Presence, state.AssignedAppeal));
        Assert.Equal("assigned", (await floor.Offers.FindAsync(appeal))!.State);
        Assert.Contains(await floor.Offers.AcceptAsync("op-1", appeal), c => c.Kind == RoutingChangeKind.Refused);
        Assert.Equal(offer.Appeal, appeal);
    }

    [Fact]
    public async Task A_declined_offer_goes_to_the_next_operator()
    {
        await floor.AddOperatorAsync("op-1", skills: Evacuation);
        await floor.AddOperatorAsync("op-2", skills: Evacuation);
        var appeal = await floor.EnqueueAsync();
        Assert.Equal("op-1", Assert.Single(await floor.MatchAllAsync()).OperatorId);

        var declined = await floor.Offers.DeclineAsync("op-1", appeal);

        Assert.Contains(declined, c => c is { Kind: RoutingChangeKind.Declined, OperatorId: "op-1" });
        Assert.Contains(declined, c => c is { Kind: RoutingChangeKind.Requeued, Reason: "declined" });
        var next = Assert.Single(await floor.MatchAllAsync());
        Assert.Equal(("op-2", 2), (next.OperatorId, next.Attempt));
    }

    [Fact]
    public async Task An_offer_nobody_else_can_take_comes_back_to_the_operator_who_declined_it()
    {
        await floor.AddOperatorAsync("op-1", skills: Evacuation);
        var appeal = await floor.EnqueueAsync();
        await floor.MatchAllAsync();
        await floor.Offers.DeclineAsync("op-1", appeal);

        Assert.Equal("op-1", Assert.Single(await floor.MatchAllAsync()).OperatorId);
    }

    [Fact]
    public async Task A_lapsed_offer_goes_to_the_next_operator_and_three_in_a_row_put_the_operator_on_a_break()
    {
        await floor.AddOperatorAsync("sleepy", skills: Evacuation);
        await floor.AddOperatorAsync("awake", skills: Evacuation);
        for (var i = 0; i < 3; i++)
        {
            var appeal = await floor.EnqueueAsync();
            Assert.Equal("sleepy", Assert.Single(await floor.MatchAllAsync()).OperatorId);
            Assert.Empty(await floor.Offers.ExpireLapsedAsync());

            floor.Clock.Advance(floor.Options.OfferTimeout);
            var lapsed = await floor.Offers.ExpireLapsedAsync();

            Assert.Contains(lapsed, c => c is { Kind: RoutingChangeKind.TimedOut, OperatorId: "sleepy" });
            var next = Assert.Single(await floor.MatchAllAsync());
            Assert.Equal((appeal, "awake"), (next.Appeal, next.OperatorId));
            await floor.HandleAsync(next);
            if (i == 2)
            {
                Assert.Contains(lapsed, c => c is { Kind: RoutingChangeKind.Presence, OperatorId: "sleepy", To: Presence.Break, Reason: "offers_timed_out" });
            }
        }

        Assert.Equal(Presence.Break, (await floor.Operators.FindAsync("sleepy"))!.Presence);
    }

    [Fact]
    public async Task An_offer_cannot_be_accepted_after_it_lapsed()
    {
        await floor.AddOperatorAsync("op-1", skills: Evacuation);
        var appeal = await floor.EnqueueAsync();
        await floor.MatchAllAsync();
        floor.Clock.Advance(floor.Options.OfferTimeout);

        Assert.Contains(await floor.Offers.AcceptAsync("op-1", appeal), c => c is { Kind: RoutingChangeKind.Refused, Reason: "offer_expired" });
    }

    [Fact]
    public async Task Resolving_puts_the_operator_in_wrap_up_and_then_back_to_available()
    {
        var floorWithWrapUp = new RoutingFloor(redis, new() { WrapUp = TimeSpan.FromSeconds(30) });
        await floorWithWrapUp.AddOperatorAsync("op-1", skills: Evacuation);
        var appeal = await floorWithWrapUp.EnqueueAsync();
        await floorWithWrapUp.EnqueueAsync();
        await floorWithWrapUp.HandleAsync(Assert.Single(await floorWithWrapUp.MatchAllAsync()));

        Assert.Equal(Presence.WrapUp, (await floorWithWrapUp.Operators.FindAsync("op-1"))!.Presence);
        Assert.Empty(await floorWithWrapUp.MatchAllAsync());
        Assert.Contains(await floorWithWrapUp.Offers.ResolveAsync(appeal, "op-1", "advised"), c => c is { Kind: RoutingChangeKind.Refused, Reason: "already_resolved" });

        floorWithWrapUp.Clock.Advance(TimeSpan.FromSeconds(30));
        Assert.Contains(await floorWithWrapUp.Operators.EndWrapUpsAsync(), c => c is { Kind: RoutingChangeKind.Presence, To: Presence.Available });
        Assert.Single(await floorWithWrapUp.MatchAllAsync());
    }

    [Fact]
    public async Task Only_the_operator_who_holds_an_appeal_can_resolve_it()
    {
        await floor.AddOperatorAsync("op-1", skills: Evacuation);
        var appeal = await floor.EnqueueAsync();
        await floor.MatchAllAsync();
        Assert.Contains(await floor.Offers.ResolveAsync(appeal, "op-1", "advised"), c => c is { Reason: "not_assigned" });
        await floor.Offers.AcceptAsync("op-1", appeal);

        Assert.Contains(await floor.Offers.ResolveAsync(appeal, "op-2", "advised"), c => c is { Reason: "other_operator" });
        Assert.Contains(await floor.Offers.ResolveAsync(appeal, "op-1", "advised"), c => c is { Kind: RoutingChangeKind.Resolved, Category: Categories.Evacuation });
    }

    [Fact]
    public async Task With_nobody_at_work_who_has_every_skill_the_appeal_falls_back_to_the_category_then_to_anyone()
    {
        await floor.AddOperatorAsync("medic-ru", skills: [Categories.Medical, Languages.Russian]);
        var appeal = await floor.EnqueueAsync(category: Categories.Medical, language: Languages.English);
        Assert.Empty(await floor.MatchAllAsync());

        floor.Clock.Advance(floor.Options.FallbackWait);
        var offer = Assert.Single(await floor.MatchAllAsync());
        Assert.Equal((appeal, "medic-ru", "category"), (offer.Appeal, offer.OperatorId, offer.Fallback));

        var documents = await floor.EnqueueAsync(category: Categories.Documents, language: Languages.English);
        await floor.AddOperatorAsync("anyone", skills: [Categories.Evacuation, Languages.Ukrainian]);
        floor.Clock.Advance(floor.Options.FallbackWait);
        Assert.Empty(await floor.MatchAllAsync());
        floor.Clock.Advance(floor.Options.FallbackWait);
        var any = Assert.Single(await floor.MatchAllAsync());
        Assert.Equal((documents, "anyone", "any"), (any.Appeal, any.OperatorId, any.Fallback));
    }

    [Fact]
    public async Task An_appeal_waits_for_a_busy_operator_with_its_skills_rather_than_falling_back()
    {
        await floor.AddOperatorAsync("psych", skills: [Categories.PsychologicalSupport, Languages.Ukrainian, Skills.PsychologicalFirstAid]);
        await floor.AddOperatorAsync("plain", skills: [Categories.PsychologicalSupport, Languages.Ukrainian]);
        var first = await floor.EnqueueAsync(category: Categories.PsychologicalSupport, psych: true);
        await floor.Offers.AcceptAsync("psych", Assert.Single(await floor.MatchAllAsync()).Appeal);
        await floor.EnqueueAsync(category: Categories.PsychologicalSupport, psych: true);

        floor.Clock.Advance(floor.Options.FallbackWait * 3);
        Assert.Empty(await floor.MatchAllAsync());

        await floor.Offers.ResolveAsync(first, "psych", "advised");
        Assert.Equal("psych", Assert.Single(await floor.MatchAllAsync()).OperatorId);
    }

    [Fact]
    public async Task An_abandoned_appeal_leaves_its_queue_or_is_withdrawn_from_the_operator_it_was_offered_to()
    {
        var waiting = await floor.EnqueueAsync();
        await floor.Queues.AbandonAsync(waiting);
        await floor.AddOperatorAsync("op-1", skills: Evacuation);
        Assert.Empty(await floor.MatchAllAsync());

        var offered = await floor.EnqueueAsync();
        Assert.Single(await floor.MatchAllAsync());
        Assert.Contains(await floor.Queues.AbandonAsync(offered), c => c is { Kind: RoutingChangeKind.Withdrawn, OperatorId: "op-1" });
        Assert.Null((await floor.Operators.FindAsync("op-1"))!.OfferedAppeal);

        var next = await floor.EnqueueAsync();
        Assert.Equal(next, Assert.Single(await floor.MatchAllAsync()).Appeal);
    }

    [Fact]
    public async Task An_appeal_abandoned_before_it_was_categorized_is_never_queued()
    {
        var id = Guid.NewGuid();
        await floor.Queues.AbandonAsync(id);
        await floor.Queues.EnqueueAsync(new AppealCategorized(
            id, Channels.Phone, Categories.Evacuation, Priorities.Normal, 0, "uk", [Categories.Evacuation, "uk"], 0.9, false,
            floor.Clock.GetUtcNow(), floor.Clock.GetUtcNow()));
        await floor.AddOperatorAsync("op-1", skills: Evacuation);

        Assert.Empty(await floor.MatchAllAsync());
    }

    [Fact]
    public async Task A_phone_appeal_facing_a_long_wait_gets_a_callback_routed_later_at_its_priority()
    {
        var phone = await floor.EnqueueAsync(Priorities.High, channel: Channels.Phone);
        Assert.Equal("callback_scheduled", (await floor.Offers.FindAsync(phone))!.State);
        Assert.Empty(await floor.Queues.ReleaseDueCallbacksAsync());

        floor.Clock.Advance(floor.Options.CallbackThreshold);
        Assert.Contains(await floor.Queues.ReleaseDueCallbacksAsync(), c => c is { Kind: RoutingChangeKind.Queued, Priority: Priorities.High } && c.Appeal == phone);
        await floor.AddOperatorAsync("op-1", skills: Evacuation);
        Assert.Equal(phone, Assert.Single(await floor.MatchAllAsync()).Appeal);
    }

    [Fact]
    public async Task A_callback_request_waits_for_its_window_to_open_and_is_then_routed()
    {
        await floor.AddOperatorAsync("op-1", skills: Evacuation);
        var opens = floor.Clock.GetUtcNow().AddMinutes(30);
        var appeal = await EnqueueCallbackAsync(opens, opens.AddHours(2));

        Assert.Equal("callback_scheduled", (await floor.Offers.FindAsync(appeal))!.State);
        Assert.Empty(await floor.MatchAllAsync());

        floor.Clock.Advance(TimeSpan.FromMinutes(30));
        Assert.Contains(await floor.Queues.ReleaseDueCallbacksAsync(), c => c.Kind == RoutingChangeKind.Queued && c.Appeal == appeal);
        Assert.Equal(appeal, Assert.Single(await floor.MatchAllAsync()).Appeal);
    }

    [Fact]
    public async Task A_callback_request_whose_window_is_open_is_routed_at_once()
    {
        await floor.AddOperatorAsync("op-1", skills: Evacuation);
        var now = floor.Clock.GetUtcNow();
        var appeal = await EnqueueCallbackAsync(now.AddMinutes(-1), now.AddHours(1));

        Assert.Equal(appeal, Assert.Single(await floor.MatchAllAsync()).Appeal);
    }

    [Fact]
    public async Task A_phone_appeal_with_operators_free_to_take_it_is_queued_at_once()
    {
        await floor.AddOperatorAsync("op-1", skills: Evacuation);
        var phone = await floor.EnqueueAsync(channel: Channels.Phone);

        Assert.Equal(phone, Assert.Single(await floor.MatchAllAsync()).Appeal);
    }

    private async Task<Guid> EnqueueCallbackAsync(DateTimeOffset from, DateTimeOffset to)
    {
        var id = Guid.NewGuid();
        var now = floor.Clock.GetUtcNow();
        await floor.Queues.EnqueueAsync(new AppealCategorized(
            id, Channels.Callback, Categories.Evacuation, Priorities.Normal, 0, Languages.Ukrainian, Evacuation, 0.9, false, now, now, from, to));
        return id;
    }
}
