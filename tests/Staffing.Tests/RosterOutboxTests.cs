using StackExchange.Redis;
using Ukc.Contracts;
using Ukc.Staffing.Domain;

namespace Staffing.Tests;

/// <summary>Each roster change is stored in the same step as its <see cref="OperatorRosterChanged"/>: both or neither.</summary>
[Collection(RedisCollection.Name)]
public sealed class RosterOutboxTests(RedisServer redis) : IAsyncLifetime
{
    private static readonly Operator Olena = new("op-001", "Олена Коваленко", "kyiv_city", false, [new OperatorSkill("evacuation", 2)], []);
    private static readonly Operator Taras = new("op-002", "Тарас Мороз", "lviv", true, [new OperatorSkill("medical", 1)], []);
    private readonly StaffingStore store = new(redis);

    public Task InitializeAsync() => redis.FlushAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task A_replacement_the_outbox_refuses_is_not_stored_and_a_retry_stores_and_announces_it()
    {
        await store.Roster.PutAsync(Olena);
        await store.MendOutboxAsync();
        await store.BreakOutboxAsync();
        var moved = Olena with { Region = "lviv" };

        await Assert.ThrowsAsync<RedisServerException>(() => store.Roster.PutAsync(moved));
        Assert.Equal("kyiv_city", (await store.Roster.GetAsync(Olena.Id))!.Region);

        await store.MendOutboxAsync();
        await store.Roster.PutAsync(moved);
        Assert.Equal("lviv", (await store.Roster.GetAsync(Olena.Id))!.Region);
        Assert.Equal([(Olena.Id, "lviv")], (await store.AnnouncedAsync<OperatorRosterChanged>()).Select(c => (c.OperatorId, c.Region)));
    }

    [Fact]
    public async Task An_import_the_outbox_refuses_imports_nothing_and_a_retry_imports_and_announces_every_operator()
    {
        await store.BreakOutboxAsync();

        await Assert.ThrowsAsync<RedisServerException>(() => store.Roster.PutAllAsync([Olena, Taras]));
        Assert.Empty(await store.Roster.AllAsync());

        await store.MendOutboxAsync();
        await store.Roster.PutAllAsync([Olena, Taras]);
        Assert.Equal(2, (await store.Roster.AllAsync()).Count);
        Assert.Equal([Olena.Id, Taras.Id], (await store.AnnouncedAsync<OperatorRosterChanged>()).Select(c => c.OperatorId));
    }

    [Fact]
    public async Task A_module_completion_the_outbox_refuses_is_not_stored()
    {
        await store.Roster.PutAsync(Olena);
        await store.MendOutboxAsync();
        await store.BreakOutboxAsync();

        await Assert.ThrowsAsync<RedisServerException>(() => store.Roster.UpdateAsync(Olena.Id, op => op.CompleteModule("psych_first_aid", 1)));

        Assert.Equal(Olena.Skills, (await store.Roster.GetAsync(Olena.Id))!.Skills);
    }

    [Fact]
    public async Task An_addition_or_removal_the_outbox_refuses_changes_nothing()
    {
        await store.Roster.PutAsync(Olena);
        await store.MendOutboxAsync();
        await store.BreakOutboxAsync();

        await Assert.ThrowsAsync<RedisServerException>(() => store.Roster.AddAsync(Taras));
        await Assert.ThrowsAsync<RedisServerException>(() => store.Roster.RemoveAsync(Olena.Id));

        Assert.Equal([Olena.Id], (await store.Roster.AllAsync()).Select(o => o.Id));
    }

    [Fact]
    public async Task Every_roster_change_is_announced_as_it_was_stored_and_a_refused_addition_announces_nothing()
    {
        Assert.True(await store.Roster.AddAsync(Olena));
        Assert.False(await store.Roster.AddAsync(Olena with { Name = "Інша" }));
        await store.Roster.UpdateAsync(Olena.Id, op => op.CompleteModule("uk", 3));
        await store.Roster.PutAsync(Taras);
        Assert.True(await store.Roster.RemoveAsync(Olena.Id));
        Assert.False(await store.Roster.RemoveAsync(Olena.Id));

        Assert.Equal(
            [(Olena.Id, Olena.Name, 1, false), (Olena.Id, Olena.Name, 2, false), (Taras.Id, Taras.Name, 1, false), (Olena.Id, Olena.Name, 2, true)],
            (await store.AnnouncedAsync<OperatorRosterChanged>()).Select(c => (c.OperatorId, c.Name, c.Skills.Count, c.Removed)));
        Assert.Equal([Taras.Id], (await store.Roster.AllAsync()).Select(o => o.Id));
    }

    [Fact]
    public async Task An_import_of_a_file_without_operators_changes_nothing()
    {
        await store.Roster.PutAllAsync([]);

        Assert.Empty(await store.Roster.AllAsync());
        Assert.Empty(await store.AnnouncedAsync<OperatorRosterChanged>());
    }

    [Fact]
    public async Task Concurrent_module_completions_all_stay_and_the_last_announcement_is_the_stored_operator()
    {
        await store.Roster.PutAsync(Olena with { Skills = [] });
        string[] modules = ["evacuation", "medical", "uk", "ru", "en", "psych_first_aid", "documents", "utilities"];

        await Task.WhenAll(modules.Select(m => store.Roster.UpdateAsync(Olena.Id, op => op.CompleteModule(m, 1))));

        var stored = (await store.Roster.GetAsync(Olena.Id))!;
        Assert.Equal(modules.Order(), stored.Skills.Select(s => s.Skill).Order());
        var last = (await store.AnnouncedAsync<OperatorRosterChanged>())[^1];
        Assert.Equal(modules.Order(), last.Skills.Select(s => s.Skill).Order());
    }
}
