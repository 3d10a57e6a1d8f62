using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Ukc.Contracts;

namespace Integration.Tests;

[Collection(UkcSystemCollection.Name)]
public sealed class AssignmentTests(UkcSystem system)
{
    private HttpClient Gateway => system.Gateway;

    [Fact]
    public async Task An_appeal_reaches_an_operators_stream_is_accepted_and_resolved_and_its_corrected_category_becomes_feedback()
    {
        var id = $"stream-{Guid.NewGuid():N}";
        await OperatorConsole.JoinRosterAsync(system, id, "Оксана Коваль");
        using var console = await system.OperatorAsync(id);
        using var stream = new StreamReader(await console.GetStreamAsync($"/api/operators/{id}/offers"));
        Assert.Equal("event: state", await stream.ReadLineAsync());
        Assert.Equal(HttpStatusCode.OK, (await console.PutAsJsonAsync($"/api/operators/{id}/presence", new { presence = "available" })).StatusCode);
        using var stopHeartbeats = new CancellationTokenSource();
        var heartbeats = HeartbeatAsync(console, id, stopHeartbeats.Token);

        var appeal = await FileAsync("Як евакуюватися з Покровська? Двоє дітей, бабуся");

        // Appeals left waiting by other tests may come first: this operator handles them too.
        Guid offered;
        do
        {
            offered = (await NextEventAsync(stream, "offer")).GetProperty("appealId").GetGuid();
            var accepted = await console.PostAsync($"/api/operators/{id}/offers/{offered}/accept", null);
            Assert.Equal(HttpStatusCode.OK, accepted.StatusCode);
            Assert.Equal("busy", (await accepted.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("presence").GetString());
            Assert.Equal("assigned", (await NextEventAsync(stream, "assigned")).GetProperty("kind").GetString());
            // The operator finds the appeal was about documents rather than what the classifier read.
            var resolved = await console.PostAsJsonAsync(
                $"/api/operators/{id}/appeals/{offered}/resolve", new { resolution = "explained", notes = "Потяг о 14:00", correctedCategory = "documents" });
            Assert.Equal(HttpStatusCode.OK, resolved.StatusCode);
            Assert.Equal("resolved", (await resolved.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("state").GetString());
        }
        while (offered != appeal);

        var record = await Eventually.HoldsAsync(
            () => Gateway.GetFromJsonAsync<JsonElement>($"/api/appeals/{appeal}"), a => a.GetProperty("status").GetString() == "resolved");
        Assert.Equal(id, record.GetProperty("operatorId").GetString());
        var feedback = await Eventually.HoldsAsync(
            () => Gateway.GetStringAsync("/api/categorization/feedback"), f => f.Contains(appeal.ToString(), StringComparison.Ordinal));
        Assert.Contains("\"correctedCategory\":\"documents\"", feedback.Split('\n').Single(line => line.Contains(appeal.ToString(), StringComparison.Ordinal)), StringComparison.Ordinal);
        await Eventually.HoldsAsync(
            () => Gateway.GetFromJsonAsync<JsonElement>($"/api/operators/{id}"), a => a.GetProperty("presence").GetString() == "available");
        await stopHeartbeats.CancelAsync();
        await heartbeats;
        await console.PutAsJsonAsync($"/api/operators/{id}/presence", new { presence = "offline" });
    }

    [Fact]
    public async Task Five_hundred_appeals_and_thirty_operators_on_two_replicas_each_appeal_assigned_exactly_once()
    {
        await using var assigned = await system.ListenAsync<AppealAssigned>();
        await using var resolved = await system.ListenAsync<AppealResolved>();
        var run = Guid.NewGuid().ToString("N")[..6];
        var consoles = new List<OperatorConsole>();
        try
        {
            for (var i = 0; i < 30; i++)
            {
                consoles.Add(await OperatorConsole.StartAsync(system, $"load-{run}-{i:00}"));
            }

            var appeals = new List<Guid>();
            foreach (var batch in Enumerable.Range(0, 500).Chunk(50))
            {
                appeals.AddRange(await Task.WhenAll(batch.Select(i => FileAsync($"Потрібна евакуація з Харкова, нас {i % 5 + 1} людей"))));
            }

            var taken = await Eventually.HoldsAsync(
                () => Task.FromResult(consoles.SelectMany(c => c.Accepted).ToList()),
                all => appeals.All(all.Contains),
                TimeSpan.FromMinutes(4));

            Assert.Equal(taken.Count, taken.Distinct().Count());
            await Eventually.HoldsAsync(() => Task.FromResult(resolved.Messages.Count(r => appeals.Contains(r.AppealId))), n => n == 500);
            var mine = assigned.Messages.Where(a => appeals.Contains(a.AppealId)).ToList();
            Assert.Equal(500, mine.Count);
            Assert.Equal(500, mine.Select(a => a.AppealId).Distinct().Count());
            AssertNobodyHeldTwoAtOnce(assigned.Messages, resolved.Messages);
        }
        finally
        {
            foreach (var console in consoles)
            {
                await console.DisposeAsync();
            }
        }
    }

    [Fact]
    public async Task An_operator_who_drops_off_mid_call_has_the_appeal_requeued_and_assigned_to_someone_else()
    {
        var run = Guid.NewGuid().ToString("N")[..6];
        await using var first = await OperatorConsole.StartAsync(system, $"drop-{run}-1");
        var appeal = await FileAsync("Під завалами сусід, Чернігів, вул. Шевченка 5");
        first.Keep[appeal] = true;
        await Eventually.HoldsAsync(() => Task.FromResult(first.Accepted.ToList()), a => a.Contains(appeal), TimeSpan.FromSeconds(60));

        first.Silent = true;
        await using var second = await OperatorConsole.StartAsync(system, $"drop-{run}-2");

        await Eventually.HoldsAsync(() => Task.FromResult(second.Accepted.ToList()), a => a.Contains(appeal), TimeSpan.FromSeconds(60));
        Assert.Equal("offline", await first.PresenceAsync());
        var record = await Eventually.HoldsAsync(
            () => Gateway.GetFromJsonAsync<JsonElement>($"/api/appeals/{appeal}"), a => a.GetProperty("status").GetString() == "resolved");
        Assert.Equal(second.Id, record.GetProperty("operatorId").GetString());
    }

    [Fact]
    public async Task A_supervisor_takes_an_appeal_back_from_one_operator_gives_it_to_another_and_the_audit_names_them()
    {
        await OperatorConsole.AnswerWhatWaitsAsync(system);
        var run = Guid.NewGuid().ToString("N")[..6];
        var from = DateTimeOffset.UtcNow.AddSeconds(-1);
        await using var first = await OperatorConsole.StartAsync(system, $"super-{run}-1");
        var appeal = await FileAsync("Потрібна евакуація з Ізюма, мати лежача, сама не вийде");
        first.Keep[appeal] = true;
        await Eventually.HoldsAsync(() => Task.FromResult(first.Accepted.ToList()), a => a.Contains(appeal), TimeSpan.FromSeconds(60));
        await using var second = await OperatorConsole.StartAsync(system, $"super-{run}-2");
        second.Keep[appeal] = true;

        await using var requeued = await system.ListenAsync<AppealRequeued>();
        await using var presence = await system.ListenAsync<OperatorPresenceChanged>();

        Assert.Equal(HttpStatusCode.OK, (await Gateway.PostAsync($"/api/assignments/appeals/{appeal}/requeue", null)).StatusCode);

        await Eventually.HoldsAsync(() => Task.FromResult(requeued.Messages.ToList()), m => m.Any(r => r.AppealId == appeal && r.Reason == "supervisor_requeued"));
        await Eventually.HoldsAsync(() => Task.FromResult(presence.Messages.ToList()), m => m.Any(p =>
            p.OperatorId == first.Id && (p.Previous, p.Current, p.Reason) == (Presence.Busy, Presence.Available, "supervisor_requeued")));
        // Someone takes it again: the second operator, or the first once more if the second was busy with an appeal
        // another test left waiting, as nobody else was free.
        var holder = await Eventually.HoldsAsync(
            () => Task.FromResult(second.Accepted.Contains(appeal) ? second : first.Accepted.Count(a => a == appeal) == 2 ? first : null),
            h => h is not null, TimeSpan.FromSeconds(60));
        var target = holder == first ? second : first;
        var takenBefore = target.Accepted.Count(a => a == appeal);
        // The target is free only between appeals while others wait in the queues, so this may take a few tries.
        await Eventually.HoldsAsync(
            async () =>
            {
                var reassigned = await Gateway.PostAsJsonAsync($"/api/assignments/appeals/{appeal}/reassign", new { operatorId = target.Id });
                return (reassigned.StatusCode, Problem: await reassigned.Content.ReadAsStringAsync());
            },
            r => r.StatusCode == HttpStatusCode.OK, TimeSpan.FromMinutes(2));
        await Eventually.HoldsAsync(() => Task.FromResult(target.Accepted.Count(a => a == appeal)), n => n > takenBefore, TimeSpan.FromSeconds(60));
        await Eventually.HoldsAsync(() => Task.FromResult(presence.Messages.ToList()), m => m.Any(p =>
            p.OperatorId == holder!.Id && (p.Previous, p.Current, p.Reason) == (Presence.Busy, Presence.Available, "supervisor_reassigned")));
        var resolved = await (await system.OperatorAsync(target.Id)).PostAsJsonAsync($"/api/operators/{target.Id}/appeals/{appeal}/resolve", new { resolution = "consulted" });
        Assert.Equal(HttpStatusCode.OK, resolved.StatusCode);

        var audit = await Eventually.HoldsAsync(
            () => Gateway.GetFromJsonAsync<JsonElement>($"/api/reports/audit?actor=admin&from={Uri.EscapeDataString(from.ToString("O"))}"),
            page => page.GetProperty("entries").EnumerateArray().Count(e => e.GetProperty("action").GetString() == "AppealRequeued"
                && e.GetProperty("appealId").GetString() == appeal.ToString()) == 2);
        Assert.Equal(
            ["supervisor_reassigned", "supervisor_requeued"],
            audit.GetProperty("entries").EnumerateArray()
                .Where(e => e.GetProperty("action").GetString() == "AppealRequeued" && e.GetProperty("appealId").GetString() == appeal.ToString())
                .Select(e => e.GetProperty("details").GetProperty("reason").GetString()));
    }

    [Fact]
    public async Task An_air_raid_announced_in_Staffing_sends_the_oblasts_operators_to_shelter_in_Assignment_until_it_ends()
    {
        var id = $"sumy-{Guid.NewGuid().ToString("N")[..6]}";
        var hired = await Gateway.PostAsJsonAsync("/api/staffing/operators", new
        {
            id, name = "Тарас Мельник", region = "sumy", shelteredWorkplace = false,
            skills = new[] { new { skill = "evacuation", proficiency = 2 }, new { skill = "uk", proficiency = 3 } },
        });
        Assert.True(hired.IsSuccessStatusCode, await hired.Content.ReadAsStringAsync());
        await using var sumy = await OperatorConsole.StartAsync(system, id, onRoster: true);

        var began = await Gateway.PostAsJsonAsync("/api/staffing/alerts", new { kind = "air_raid", regions = new[] { "sumy" }, active = true });
        Assert.Equal(HttpStatusCode.OK, began.StatusCode);
        var alertId = (await began.Content.ReadFromJsonAsync<JsonElement>())[0].GetProperty("alertId").GetGuid();
        await Eventually.HoldsAsync(sumy.PresenceAsync, p => p == "shelter");

        var ended = await Gateway.PostAsJsonAsync("/api/staffing/alerts", new { alertId, active = false });
        Assert.Equal(HttpStatusCode.OK, ended.StatusCode);
        await Eventually.HoldsAsync(sumy.PresenceAsync, p => p == "available");
        Assert.Equal(HttpStatusCode.NoContent, (await Gateway.DeleteAsync($"/api/staffing/operators/{id}")).StatusCode);
        await Eventually.HoldsAsync(() => Gateway.GetAsync($"/api/operators/{id}"), r => r.StatusCode == HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Operators_get_clear_problems_for_what_they_cannot_do()
    {
        var unknown = await Gateway.PutAsJsonAsync("/api/operators/nobody-at-all/presence", new { presence = "available" });
        var busy = await Gateway.PutAsJsonAsync("/api/operators/nobody-at-all/presence", new { presence = "busy" });
        using var op001 = await system.OperatorAsync("op-001");
        var resolveUnknown = await op001.PostAsJsonAsync($"/api/operators/op-001/appeals/{Guid.NewGuid()}/resolve", new { resolution = "done" });
        var noResolution = await op001.PostAsJsonAsync($"/api/operators/op-001/appeals/{Guid.NewGuid()}/resolve", new { correctedCategory = "weather" });

        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, busy.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, resolveUnknown.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, noResolution.StatusCode);
        var errors = (await noResolution.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        Assert.True(errors.TryGetProperty("resolution", out _) && errors.TryGetProperty("correctedCategory", out _));
    }

    private static void AssertNobodyHeldTwoAtOnce(IReadOnlyList<AppealAssigned> assigned, IReadOnlyList<AppealResolved> resolved)
    {
        var endOf = resolved.ToDictionary(r => r.AppealId, r => r.ResolvedAt);
        foreach (var byOperator in assigned.Where(a => endOf.ContainsKey(a.AppealId)).GroupBy(a => a.OperatorId))
        {
            var spells = byOperator.OrderBy(a => a.AssignedAt).Select(a => (Start: a.AssignedAt, End: endOf[a.AppealId])).ToList();
            for (var i = 1; i < spells.Count; i++)
            {
                Assert.True(spells[i].Start >= spells[i - 1].End, $"{byOperator.Key} took an appeal at {spells[i].Start:O} while holding one until {spells[i - 1].End:O}");
            }
        }
    }

    /// <summary>What an operator's console does in the background: a heartbeat a second, until stopped.</summary>
    private static async Task HeartbeatAsync(HttpClient console, string id, CancellationToken stop)
    {
        try
        {
            while (true)
            {
                await console.PostAsync($"/api/operators/{id}/heartbeat", null, stop);
                await Task.Delay(TimeSpan.FromSeconds(1), stop);
            }
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested)
        {
            // The test is done with this operator.
        }
    }

    private async Task<Guid> FileAsync(string text)
    {
        var response = await Gateway.PostAsJsonAsync("/api/appeals", new { text, channel = "web" });
        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
    }

    private static async Task<JsonElement> NextEventAsync(StreamReader stream, string type)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        string? eventType = null;
        while (await stream.ReadLineAsync(timeout.Token) is { } line)
        {
            if (line.StartsWith("event: ", StringComparison.Ordinal))
            {
                eventType = line["event: ".Length..];
            }
            else if (line.StartsWith("data: ", StringComparison.Ordinal) && eventType == type)
            {
                return JsonDocument.Parse(line["data: ".Length..]).RootElement;
            }
        }

        throw new InvalidOperationException($"The stream ended before a '{type}' event.");
    }
}
