using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using MassTransit;
using Ukc.Contracts;

namespace Integration.Tests;

[Collection(UkcSystemCollection.Name)]
public sealed class StaffingTests(UkcSystem system) : IAsyncLifetime
{
    private readonly ConcurrentQueue<OperatorRosterChanged> rosterChanges = new();
    private readonly ConcurrentQueue<RegionalAlertChanged> alertChanges = new();
    private HostReceiveEndpointHandle? observer;

    private HttpClient Gateway => system.Gateway;

    public async Task InitializeAsync()
    {
        observer = system.Bus.ConnectReceiveEndpoint(new TemporaryEndpointDefinition(), KebabCaseEndpointNameFormatter.Instance, endpoint =>
        {
            endpoint.Handler<OperatorRosterChanged>(context =>
            {
                rosterChanges.Enqueue(context.Message);
                return Task.CompletedTask;
            });
            endpoint.Handler<RegionalAlertChanged>(context =>
            {
                alertChanges.Enqueue(context.Message);
                return Task.CompletedTask;
            });
        });
        await observer.Ready;
    }

    public async Task DisposeAsync()
    {
        if (observer is not null)
        {
            await observer.StopAsync();
        }
    }

    [Fact]
    public async Task Roster_changes_through_the_gateway_are_published()
    {
        var id = $"it-{Guid.NewGuid():N}"[..20];
        var created = await Gateway.PostAsJsonAsync("/api/staffing/operators", new
        {
            id,
            name = "Оксана Ковальчук",
            region = "lviv",
            completedModules = new[] { "evacuation", "uk" },
            shifts = new[] { new { day = "monday", start = "08:00", end = "16:00", breakMinutes = 30 } },
        });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var added = await PublishedAsync(rosterChanges, c => c.OperatorId == id);
        Assert.Equal(("Оксана Ковальчук", "lviv", false), (added.Name, added.Region, added.Removed));
        Assert.Contains(new OperatorSkill("evacuation", 1), added.Skills);

        var trained = await Gateway.PostAsJsonAsync($"/api/staffing/operators/{id}/modules", new { module = "psych_first_aid" });
        Assert.Equal(HttpStatusCode.OK, trained.StatusCode);
        await PublishedAsync(rosterChanges, c => c.OperatorId == id && c.Skills.Contains(new OperatorSkill("psych_first_aid", 1)));

        var replaced = await Gateway.PutAsJsonAsync($"/api/staffing/operators/{id}", new
        {
            name = "Оксана Ковальчук", region = "kyiv_city", shelteredWorkplace = true, skills = new[] { new { skill = "medical", proficiency = 3 } },
        });
        Assert.Equal(HttpStatusCode.OK, replaced.StatusCode);
        await PublishedAsync(rosterChanges, c => c.OperatorId == id && c.Region == "kyiv_city" && c.ShelteredWorkplace);

        Assert.Equal(HttpStatusCode.NoContent, (await Gateway.DeleteAsync($"/api/staffing/operators/{id}")).StatusCode);
        await PublishedAsync(rosterChanges, c => c.OperatorId == id && c.Removed);
        Assert.Equal(HttpStatusCode.NotFound, (await Gateway.GetAsync($"/api/staffing/operators/{id}")).StatusCode);
    }

    [Fact]
    public async Task A_csv_import_adds_operators_and_a_bad_line_imports_nothing()
    {
        var first = $"it-{Guid.NewGuid():N}"[..20];
        var second = $"it-{Guid.NewGuid():N}"[..20];
        var good = $"id,name,region,sheltered_workplace,skills,shifts\n{first},Тарас Мороз,kharkiv,false,evacuation:2;uk:3,monday 08:00-16:00/30\n";
        var bad = good.Replace(first, second, StringComparison.Ordinal) + $"{second}x,Іван Романенко,atlantis,false,uk:3,\n";

        var refused = await PostCsvAsync(bad);
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("line 3", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await Gateway.GetAsync($"/api/staffing/operators/{second}")).StatusCode);

        var imported = await PostCsvAsync(good);
        Assert.Equal(HttpStatusCode.OK, imported.StatusCode);
        Assert.Equal(1, (await imported.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("imported").GetInt32());
        await PublishedAsync(rosterChanges, c => c.OperatorId == first && c.Region == "kharkiv");

        var export = await Gateway.GetStringAsync("/api/staffing/operators/export");
        Assert.Contains($"{first},Тарас Мороз,kharkiv,false", export, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_air_raid_is_published_and_shows_who_it_stops_until_it_ends()
    {
        var id = $"it-{Guid.NewGuid():N}"[..20];
        Assert.Equal(HttpStatusCode.Created, (await Gateway.PostAsJsonAsync("/api/staffing/operators", new { id, name = "Галина Литвиненко", region = "zaporizhzhia" })).StatusCode);

        var started = await Gateway.PostAsJsonAsync("/api/staffing/alerts", new { kind = "air_raid", regions = new[] { "zaporizhzhia" }, active = true });
        Assert.Equal(HttpStatusCode.OK, started.StatusCode);
        var alert = await PublishedAsync(alertChanges, a => a.Active && a.Regions.Contains("zaporizhzhia"));
        Assert.Equal("air_raid", alert.Kind);

        var op = await Gateway.GetFromJsonAsync<JsonElement>($"/api/staffing/operators/{id}");
        Assert.Contains(alert.AlertId, op.GetProperty("stoppedBy").EnumerateArray().Select(e => e.GetGuid()));
        var alerts = await Gateway.GetFromJsonAsync<JsonElement>("/api/staffing/alerts");
        Assert.Contains(alerts.EnumerateArray(), a => a.GetProperty("id").GetGuid() == alert.AlertId
            && a.GetProperty("stopped").EnumerateArray().Any(o => o.GetString() == id));

        var ended = await Gateway.PostAsJsonAsync("/api/staffing/alerts", new { alertId = alert.AlertId, active = false });
        Assert.Equal(HttpStatusCode.OK, ended.StatusCode);
        await PublishedAsync(alertChanges, a => a.AlertId == alert.AlertId && !a.Active);
        op = await Gateway.GetFromJsonAsync<JsonElement>($"/api/staffing/operators/{id}");
        Assert.Empty(op.GetProperty("stoppedBy").EnumerateArray());
    }

    [Fact]
    public async Task Erlang_and_the_forecast_answer_through_the_gateway()
    {
        var answer = await Gateway.PostAsJsonAsync("/api/staffing/erlang", new { arrivalsPerHour = 200, ahtSeconds = 180, targetServiceLevel = 0.8, answerSeconds = 20, shrinkage = 0.3 });
        var body = await answer.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal((14, 20), (body.GetProperty("operatorsOnPhones").GetInt32(), body.GetProperty("operatorsScheduled").GetInt32()));

        var refused = await Gateway.PostAsJsonAsync("/api/staffing/erlang", new { arrivalsPerHour = 120, ahtSeconds = 300, operators = 10 });
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("No finite answer", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var forecast = await Gateway.GetFromJsonAsync<JsonElement>("/api/staffing/forecast?date=2026-12-01");
        Assert.Equal(24, forecast.GetProperty("hours").GetArrayLength());
        Assert.Equal(HttpStatusCode.BadRequest, (await Gateway.GetAsync("/api/staffing/forecast?date=tomorrow")).StatusCode);
    }

    [Fact]
    public async Task Appeals_received_become_the_history_the_forecast_smooths()
    {
        // Tomorrow's 10:00 forecast looks at 10:00 one and two weeks before: 3 appeals then 5, smoothed with α = 0.3.
        var kyiv = TimeZoneInfo.FindSystemTimeZoneById("Europe/Kyiv");
        var tomorrow = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow, kyiv).DateTime).AddDays(1);
        DateTimeOffset At(int daysBack)
        {
            var local = tomorrow.AddDays(-daysBack).ToDateTime(new TimeOnly(10, 15));
            return new DateTimeOffset(local, kyiv.GetUtcOffset(local));
        }

        var appeals = Enumerable.Range(0, 3).Select(_ => (Guid.NewGuid(), At(14)))
            .Concat(Enumerable.Range(0, 5).Select(_ => (Guid.NewGuid(), At(7))))
            .ToList();
        appeals.Add(appeals[^1]); // delivered twice, counted once
        foreach (var (id, receivedAt) in appeals)
        {
            await system.Bus.Publish(new AppealReceived(id, Channels.Web, "Потрібна евакуація", "kharkiv", "uk", receivedAt));
        }

        var date = tomorrow.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        var ten = await Eventually.HoldsAsync(
            async () => (await Gateway.GetFromJsonAsync<JsonElement>($"/api/staffing/forecast?date={date}")).GetProperty("hours")[10],
            hour => hour.GetProperty("forecastArrivals").GetDouble() >= 3.6);

        Assert.Equal(0.3 * 5 + 0.7 * 3, ten.GetProperty("forecastArrivals").GetDouble(), 2);
        Assert.True(ten.GetProperty("operatorsNeededOnPhones").GetInt32() >= 1);
    }

    private Task<HttpResponseMessage> PostCsvAsync(string csv) =>
        Gateway.PostAsync("/api/staffing/operators/import", new StringContent(csv, Encoding.UTF8, "text/csv"));

    private static Task<T> PublishedAsync<T>(ConcurrentQueue<T> seen, Func<T, bool> match) =>
        Eventually.HoldsAsync(() => Task.FromResult(seen.FirstOrDefault(match)), found => found is not null)!;
}
