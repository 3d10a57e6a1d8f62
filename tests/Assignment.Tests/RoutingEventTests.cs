using Ukc.Assignment.Routing;
using Ukc.Contracts;

namespace Assignment.Tests;

/// <summary>
/// Each routing step writes the events that announce its change to the outbox itself, in the same atomic
/// step: once a step has returned, nothing else has to run for its events to be published, so a replica
/// that dies right after a step loses none of them.
/// </summary>
[Collection(RedisCollection.Name)]
public sealed class RoutingEventTests(RedisServer redis) : IAsyncLifetime
{
    private static readonly string[] Evacuation = [Categories.Evacuation, Languages.Ukrainian];
    private readonly RoutingFloor floor = new(redis);

    public Task InitializeAsync() => redis.FlushAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Theory]
    [InlineData("2022-03-01T08:00:00.000Z")]
    [InlineData("2024-02-29T23:59:59.999Z")]
    [InlineData("2031-12-31T00:00:00.001Z")]
    [InlineData("1999-12-31T23:59:59.500Z")]
    public async Task A_queued_appeal_is_announced_with_its_time_of_arrival_to_the_millisecond(string receivedAt)
    {
        var received = DateTimeOffset.Parse(receivedAt, System.Globalization.CultureInfo.InvariantCulture);

        var appeal = await floor.EnqueueAsync(priority: Priorities.High, receivedAt: received);

        var queued = Assert.IsType<AppealQueued>(Assert.Single(await floor.EventsAsync()));
        Assert.Equal((appeal, "evacuation+uk", Priorities.High, received), (queued.AppealId, queued.Queue, queued.Priority, queued.ReceivedAt));
        Assert.Equal(floor.Clock.GetUtcNow().AddMilliseconds(-10), queued.QueuedAt);
    }

    [Fact]
    public async Task An_offer_and_its_acceptance_are_announced_by_the_steps_that_make_them()
    {
        await floor.AddOperatorAsync("op-1", skills: Evacuation);
        var appeal = await floor.EnqueueAsync();
        await floor.EventsAsync();

        var offer = Assert.Single(await floor.MatchAllAsync());
        var offered = Assert.IsType<AppealOffered>(Assert.Single(await floor.EventsAsync()));
        Assert.Equal((appeal, "op-1", Guid.Parse(offer.OfferId!), 1, (string?)null), (offered.AppealId, offered.OperatorId, offered.OfferId, offered.Attempt, offered.Fallback));
        Assert.Equal(offered.OfferedAt + floor.Options.OfferTimeout, offered.ExpiresAt);

        await floor.Offers.AcceptAsync("op-1", appeal);
        var events = await floor.EventsAsync();

        Assert.Equal(new OperatorPresenceChanged("op-1", Presence.Available, Presence.Busy, "accepted", floor.Clock.GetUtcNow()), events[0]);
        Assert.Equal(new AppealAssigned(appeal, "op-1", null, floor.Clock.GetUtcNow()), events[1]);
        Assert.Equal(2, events.Count);
    }

    [Fact]
    public async Task A_resolution_with_a_corrected_category_is_announced_with_the_correction()
    {
        await floor.AddOperatorAsync("op-1", skills: Evacuation);
        var appeal = await floor.EnqueueAsync();
        await floor.Offers.AcceptAsync("op-1", Assert.Single(await floor.MatchAllAsync()).Appeal);
        await floor.EventsAsync();

        await floor.Offers.ResolveAsync(appeal, "op-1", "Told where the evacuation train leaves", notes: "Has a child", correctedCategory: Categories.HumanitarianAid);

        var now = floor.Clock.GetUtcNow();
        Assert.Equal(
            [
                new AppealResolved(appeal, "op-1", "Told where the evacuation train leaves", "Has a child", Categories.HumanitarianAid, now),
                new CategoryCorrected(appeal, "op-1", Categories.Evacuation, Categories.HumanitarianAid, now),
                new OperatorPresenceChanged("op-1", Presence.Busy, Presence.Available, "resolved", now),
            ],
            await floor.EventsAsync());
    }

    [Fact]
    public async Task A_declined_offer_is_announced_with_the_appeal_going_back_to_its_queue()
    {
        await floor.AddOperatorAsync("op-1", skills: Evacuation);
        var appeal = await floor.EnqueueAsync();
        var offer = Assert.Single(await floor.MatchAllAsync());
        await floor.EventsAsync();

        await floor.Offers.DeclineAsync("op-1", appeal);

        var now = floor.Clock.GetUtcNow();
        Assert.Equal(
            [new OfferDeclined(appeal, "op-1", Guid.Parse(offer.OfferId!), now), new AppealRequeued(appeal, "evacuation+uk", "declined", now)],
            await floor.EventsAsync());
    }

    [Fact]
    public async Task A_callback_is_announced_with_its_window_and_a_redelivered_appeal_announces_nothing_again()
    {
        var appeal = Guid.NewGuid();
        var categorized = new AppealCategorized(
            appeal, Channels.Phone, Categories.Evacuation, Priorities.Normal, 0, Languages.Ukrainian, Evacuation, 0.9, false,
            floor.Clock.GetUtcNow(), floor.Clock.GetUtcNow());

        await floor.Queues.EnqueueAsync(categorized);
        await floor.Queues.EnqueueAsync(categorized);

        var callback = Assert.IsType<CallbackScheduled>(Assert.Single(await floor.EventsAsync()));
        Assert.Equal(appeal, callback.AppealId);
        Assert.Equal(TimeSpan.FromHours(1), callback.WindowEnd - callback.WindowStart);
        Assert.True(callback.WindowStart > callback.ScheduledAt);
    }
}
