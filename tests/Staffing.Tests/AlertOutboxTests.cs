using StackExchange.Redis;
using Ukc.Contracts;
using Ukc.Staffing.Domain;

namespace Staffing.Tests;

/// <summary>Each alert start and end is stored in the same step as its <see cref="RegionalAlertChanged"/>: both or neither.</summary>
[Collection(RedisCollection.Name)]
public sealed class AlertOutboxTests(RedisServer redis) : IAsyncLifetime
{
    private readonly StaffingStore store = new(redis);

    public Task InitializeAsync() => redis.FlushAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task Ending_part_of_an_alert_keeps_the_rest_in_force_and_announces_the_end_and_the_new_start()
    {
        var started = Assert.Single(await store.Alerts.ApplyAsync(new AlertChange(AlertKinds.AirRaid, ["kyiv_city", "kyiv", "chernihiv"], Active: true), "http"));

        var changed = await store.Alerts.ApplyAsync(new AlertChange(AlertKinds.AirRaid, ["kyiv_city"], Active: false), "http");

        var rest = Assert.Single(await store.Alerts.ActiveAsync());
        Assert.Equal(["kyiv", "chernihiv"], rest.Regions);
        var announced = await store.AnnouncedAsync<RegionalAlertChanged>();
        Assert.Equal(
            [(started.AlertId, true), (started.AlertId, false), (rest.Id, true)],
            announced.Select(c => (c.AlertId, c.Active)));
        Assert.Equal(announced.Skip(1).Select(c => (c.AlertId, c.Active)), changed.Select(c => (c.AlertId, c.Active)));
    }

    [Fact]
    public async Task An_alert_change_the_outbox_refuses_changes_nothing_and_a_retry_makes_and_announces_it()
    {
        var end = new AlertChange(AlertKinds.PowerOutage, ["odesa"], Active: false);
        await store.Alerts.ApplyAsync(new AlertChange(AlertKinds.PowerOutage, ["odesa", "mykolaiv"], Active: true), "http");
        var before = Assert.Single(await store.Alerts.ActiveAsync());
        await store.MendOutboxAsync();
        await store.BreakOutboxAsync();

        await Assert.ThrowsAsync<RedisServerException>(() => store.Alerts.ApplyAsync(end, "http"));
        await Assert.ThrowsAsync<RedisServerException>(() => store.Alerts.ApplyAsync(new AlertChange(AlertKinds.AirRaid, ["lviv"], Active: true), "http"));
        Assert.Equal([before.Id], (await store.Alerts.ActiveAsync()).Select(a => a.Id));

        await store.MendOutboxAsync();
        Assert.Equal(2, (await store.Alerts.ApplyAsync(end, "http")).Count);
        Assert.Equal(["mykolaiv"], Assert.Single(await store.Alerts.ActiveAsync()).Regions);
        Assert.Equal([false, true], (await store.AnnouncedAsync<RegionalAlertChanged>()).Select(c => c.Active));
    }

    [Fact]
    public async Task A_start_repeated_with_the_same_id_changes_nothing_and_announces_nothing()
    {
        var start = new AlertChange(AlertKinds.AirRaid, ["kharkiv"], Active: true, AlertId: Guid.NewGuid());
        await store.Alerts.ApplyAsync(start, "feed");

        Assert.Empty(await store.Alerts.ApplyAsync(start, "feed"));

        Assert.Single(await store.Alerts.ActiveAsync());
        Assert.Single(await store.AnnouncedAsync<RegionalAlertChanged>());
    }
}
