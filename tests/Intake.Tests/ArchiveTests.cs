using System.Net;
using System.Text.Json;
using Ukc.Contracts;
using Ukc.Intake.Infrastructure;

namespace Intake.Tests;

/// <summary>
/// Closed appeals stay live for <c>Intake:LiveRetention</c> (7 days), then leave Intake's Redis for Reporting's
/// archive, with only a tombstone left: on a real Redis, with a clock the test moves.
/// </summary>
public sealed class ArchiveTests(RedisServer redis) : IClassFixture<RedisServer>, IAsyncLifetime
{
    private static readonly TimeSpan LiveRetention = TimeSpan.FromDays(7);

    private IntakeHost host = null!;

    public async Task InitializeAsync()
    {
        await redis.FlushAsync();
        host = new IntakeHost(redis);
    }

    public async Task DisposeAsync() => await host.DisposeAsync();

    [Fact]
    public async Task An_appeal_resolved_7_days_and_a_minute_ago_leaves_Redis_and_only_its_tombstone_stays()
    {
        var id = await host.ReportCallAsync("call-7d");
        await host.HandleAsync(id);
        var n = id.ToString("N");
        Assert.Equal(
            [
                "{intake}:appeal:" + n, "{intake}:appeal:" + n + ":timeline", "{intake}:appeals", "{intake}:call:call-7d",
                "{intake}:category:evacuation", "{intake}:closed", $"{{intake}}:idempotency:{await IdempotencyKeyAsync(id)}",
                "{intake}:recent:+380501112233", "{intake}:status:resolved",
            ],
            await host.KeysNamingAsync(id));

        host.Clock.Advance(LiveRetention + TimeSpan.FromMinutes(1));
        Assert.Equal(1, await host.Archiver.ArchiveDueAsync());

        Assert.Equal(["{intake}:archived"], await host.KeysNamingAsync(id));
        Assert.False(await host.Redis.KeyExistsAsync("{intake}:appeal:" + n));
        Assert.False(await host.Redis.KeyExistsAsync("{intake}:appeal:" + n + ":timeline"));
        Assert.True(await host.Store.IsArchivedAsync(id));
    }

    [Fact]
    public async Task An_archived_appeal_is_answered_410_with_a_link_to_Reporting()
    {
        var id = await host.SubmitAsync();
        await host.HandleAsync(id);
        host.Clock.Advance(LiveRetention + TimeSpan.FromMinutes(1));
        await host.Archiver.ArchiveDueAsync();

        using var response = await host.Client.GetAsync($"/api/appeals/{id}");

        await AssertArchivedAsync(id, response);
    }

    [Fact]
    public async Task Cancelling_an_archived_appeal_is_answered_410_too()
    {
        var id = await host.SubmitAsync();
        Assert.True(await host.AbandonAsync(id));
        host.Clock.Advance(LiveRetention + TimeSpan.FromMinutes(1));
        await host.Archiver.ArchiveDueAsync();

        using var response = await host.Client.PostAsync($"/api/appeals/{id}/cancel", content: null);

        await AssertArchivedAsync(id, response);
    }

    [Fact]
    public async Task An_appeal_resolved_6_days_ago_is_still_served_from_Intake()
    {
        var id = await host.SubmitAsync();
        await host.HandleAsync(id);
        host.Clock.Advance(TimeSpan.FromDays(6));

        Assert.Equal(0, await host.Archiver.ArchiveDueAsync());

        using var response = await host.Client.GetAsync($"/api/appeals/{id}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var appeal = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal(AppealStatuses.Resolved, appeal.GetProperty("status").GetString());
        Assert.Equal(5, appeal.GetProperty("timeline").GetArrayLength());
        Assert.False(await host.Store.IsArchivedAsync(id));
    }

    [Fact]
    public async Task Open_appeals_are_never_archived_however_old()
    {
        var queued = await host.SubmitAsync("Коли будуть виплати ВПО за березень?", "0501234567");
        Assert.True(await host.QueueAsync(queued));
        var assigned = await host.SubmitAsync("Зруйновано дах після обстрілу, Ірпінь", "0931234567");
        Assert.True(await host.AssignAsync(assigned));
        var received = await host.SubmitAsync("Шукаю брата, зник під Маріуполем", "0661234567");

        host.Clock.Advance(TimeSpan.FromDays(30));
        Assert.Equal(0, await host.Archiver.ArchiveDueAsync());

        foreach (var (id, status) in new[] { (queued, AppealStatuses.Queued), (assigned, AppealStatuses.Assigned), (received, AppealStatuses.Received) })
        {
            Assert.Equal(status, (await host.Store.GetAsync(id))?.Status);
            Assert.Equal(HttpStatusCode.OK, (await host.Client.GetAsync($"/api/appeals/{id}")).StatusCode);
        }
    }

    [Fact]
    public async Task A_late_event_for_an_archived_appeal_does_not_bring_any_of_it_back()
    {
        var id = await host.SubmitAsync();
        await host.HandleAsync(id);
        var resolvedAt = host.Clock.GetUtcNow();
        host.Clock.Advance(LiveRetention + TimeSpan.FromMinutes(1));
        await host.Archiver.ArchiveDueAsync();

        // Redelivered from an error queue a week on: every kind of event, at its own (old) time.
        Assert.False(await host.CategorizeAsync(id, Categories.Medical, resolvedAt - TimeSpan.FromMinutes(3)));
        Assert.False(await host.AssignAsync(id, resolvedAt - TimeSpan.FromMinutes(1)));
        Assert.False(await host.ResolveAsync(id, resolvedAt));
        Assert.False(await host.AbandonAsync(id, host.Clock.GetUtcNow()));

        Assert.Equal(["{intake}:archived"], await host.KeysNamingAsync(id));
        Assert.False(await host.Redis.KeyExistsAsync($"{{intake}}:appeal:{id:N}"));
        Assert.False(await host.Redis.KeyExistsAsync($"{{intake}}:appeal:{id:N}:timeline"));
        await AssertArchivedAsync(id, await host.Client.GetAsync($"/api/appeals/{id}"));
    }

    [Fact]
    public async Task An_id_never_seen_is_still_404()
    {
        var archived = await host.SubmitAsync();
        await host.HandleAsync(archived);
        host.Clock.Advance(LiveRetention + TimeSpan.FromMinutes(1));
        await host.Archiver.ArchiveDueAsync();
        var unknown = Guid.CreateVersion7(IntakeHost.Start);

        Assert.Equal(HttpStatusCode.NotFound, (await host.Client.GetAsync($"/api/appeals/{unknown}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await host.Client.PostAsync($"/api/appeals/{unknown}/cancel", content: null)).StatusCode);
        Assert.False(await host.Store.IsArchivedAsync(unknown));
    }

    [Fact]
    public async Task Appeals_close_by_the_time_of_the_event_that_closed_them_and_out_of_order_events_change_nothing_of_it()
    {
        var id = await host.SubmitAsync();
        Assert.True(await host.CategorizeAsync(id));
        host.Clock.Advance(TimeSpan.FromMinutes(5));
        var resolvedAt = host.Clock.GetUtcNow();
        Assert.True(await host.ResolveAsync(id));

        // An assignment that happened before the resolve, an abandonment after it: neither reopens nor re-closes.
        Assert.False(await host.AssignAsync(id, resolvedAt - TimeSpan.FromMinutes(1)));
        Assert.False(await host.AbandonAsync(id, resolvedAt + TimeSpan.FromDays(2)));

        Assert.Equal(AppealStatuses.Resolved, (await host.Store.GetAsync(id))?.Status);
        Assert.Equal(resolvedAt.ToUnixTimeMilliseconds(), await host.Redis.SortedSetScoreAsync("{intake}:closed", id.ToString("N")));
        host.Clock.Advance(LiveRetention + TimeSpan.FromMinutes(1));
        Assert.Equal(1, await host.Archiver.ArchiveDueAsync());
    }

    [Fact]
    public async Task One_pass_archives_every_due_appeal_batch_after_batch()
    {
        var count = (AppealArchiver.BatchSize * 2) + 1;
        var details = new Ukc.Contracts.AppealDetails(Channels.Web, "Де отримати гуманітарну допомогу?", null, null, null, null, null);
        for (var i = 0; i < count; i++)
        {
            var id = Guid.CreateVersion7(host.Clock.GetUtcNow());
            await host.Store.AcceptAsync(id, details, host.Clock.GetUtcNow(), idempotencyKey: null, fingerprint: "");
            Assert.True(await host.ResolveAsync(id));
            host.Clock.Advance(TimeSpan.FromMilliseconds(1));
        }

        var open = await host.SubmitAsync();
        host.Clock.Advance(LiveRetention + TimeSpan.FromMinutes(1));

        Assert.Equal(count, await host.Archiver.ArchiveDueAsync());
        Assert.Equal(0, await host.Redis.SortedSetLengthAsync("{intake}:closed"));
        Assert.Equal(count, await host.Redis.SortedSetLengthAsync("{intake}:archived"));
        Assert.Equal([open.ToString("N")], (await host.Redis.SortedSetRangeByRankAsync("{intake}:appeals")).Select(v => v.ToString()));
    }

    [Fact]
    public async Task The_running_service_archives_on_its_own_clock()
    {
        await using var service = new IntakeHost(redis, archiverRunning: true);
        var id = await service.SubmitAsync();
        await service.HandleAsync(id);

        service.Clock.Advance(LiveRetention + TimeSpan.FromMinutes(1));

        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(10);
        while (await service.Redis.KeyExistsAsync($"{{intake}}:appeal:{id:N}") && DateTime.UtcNow < deadline)
        {
            await Task.Delay(50);
        }

        Assert.True(await service.Store.IsArchivedAsync(id));
        Assert.Equal(HttpStatusCode.Gone, (await service.Client.GetAsync($"/api/appeals/{id}")).StatusCode);
    }

    [Theory]
    [InlineData("/api/appeals/{id}", "get")]
    [InlineData("/api/appeals/{id}/cancel", "post")]
    public async Task The_OpenAPI_document_shows_the_410_problem_of_an_archived_appeal(string path, string method)
    {
        var document = JsonDocument.Parse(await host.Client.GetStringAsync("/openapi/v1.json")).RootElement;

        var gone = document.GetProperty("paths").GetProperty(path).GetProperty(method).GetProperty("responses").GetProperty("410");
        Assert.True(gone.GetProperty("content").TryGetProperty("application/problem+json", out _));
    }

    private static async Task AssertArchivedAsync(Guid id, HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.Gone, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal($"</api/reports/appeals/{id}>; rel=\"alternate\"", Assert.Single(response.Headers.GetValues("Link")));
        var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal(410, problem.GetProperty("status").GetInt32());
        Assert.Equal("This appeal has moved to the archive.", problem.GetProperty("title").GetString());
        Assert.Equal($"/api/reports/appeals/{id}", problem.GetProperty("archive").GetString());
    }

    private async Task<string> IdempotencyKeyAsync(Guid id) => (await host.Redis.HashGetAsync($"{{intake}}:appeal:{id:N}", "idempotencyKey")).ToString();
}
