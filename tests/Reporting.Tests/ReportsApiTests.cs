using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Ukc.Contracts;
using Ukc.Reporting.Archive;
using Ukc.Reporting.Ingest;
using Ukc.ServiceDefaults.Messaging;

namespace Reporting.Tests;

[Collection(ReportingCollection.Name)]
public sealed class ReportsApiTests(ReportingService service) : IAsyncLifetime
{
    private const string Day = "from=2026-10-25&to=2026-10-25";

    public async Task InitializeAsync()
    {
        await service.ClearAsync();
        service.AtLeast(SimulatedDay.End.AddDays(1));
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Theory]
    [InlineData("/api/reports/intervals?by=mood", "by")]
    [InlineData("/api/reports/intervals?interval=5m", "interval")]
    [InlineData("/api/reports/summary?from=2026-10-26&to=2026-10-25", "from")]
    [InlineData("/api/reports/summary?from=2025-01-01&to=2026-03-01", "to")]
    [InlineData("/api/reports/summary?from=yesterday", "from")]
    [InlineData("/api/reports/appeals?" + Day + "&page=2", "page")]
    [InlineData("/api/reports/appeals?" + Day + "&page=0", "page")]
    [InlineData("/api/reports/appeals?status=lost", "status")]
    [InlineData("/api/reports/operators/op-001/timeline?day=25.10.2026", "day")]
    public async Task A_bad_parameter_gets_a_problem_naming_it(string uri, string parameter)
    {
        var response = await service.Client.GetAsync(uri);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(problem.GetProperty("errors").TryGetProperty(parameter, out _), problem.ToString());
    }

    [Fact]
    public async Task The_drill_down_lists_every_abandoned_appeal_of_the_day_with_its_wait_and_exports_them_as_CSV()
    {
        var day = new SimulatedDay(seed: 11, operators: 4, abandoned: 120);
        await WriteAsync(day.Events);
        var expected = day.Appeals.Where(a => a.Received >= SimulatedDay.Start && a.Received < SimulatedDay.End && a.Abandoned is not null)
            .ToDictionary(a => a.Id, a => (a.Abandoned!.Value - a.Queued!.Value).TotalSeconds);

        var listed = new Dictionary<Guid, double>();
        for (var page = 1; listed.Count < expected.Count; page++)
        {
            var result = await service.Client.GetFromJsonAsync<JsonElement>($"/api/reports/appeals?{Day}&abandoned=true&page={page}");
            Assert.Equal(expected.Count, result.GetProperty("total").GetInt64());
            Assert.InRange(result.GetProperty("items").GetArrayLength(), 1, 50);
            foreach (var item in result.GetProperty("items").EnumerateArray())
            {
                Assert.Equal("abandoned", item.GetProperty("status").GetString());
                listed[item.GetProperty("id").GetGuid()] = item.GetProperty("waitedSeconds").GetDouble();
            }
        }

        Assert.Equal(expected.Keys.Order(), listed.Keys.Order());
        Assert.All(expected, e => Assert.Equal(e.Value, listed[e.Key], 6));

        using var request = new HttpRequestMessage(HttpMethod.Get, $"/api/reports/appeals?{Day}&abandoned=true");
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("text/csv"));
        using var csv = await service.Client.SendAsync(request);
        Assert.Equal("text/csv", csv.Content.Headers.ContentType?.MediaType);
        var lines = (await csv.Content.ReadAsStringAsync()).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("id,status,channel,region,category", lines[0]);
        Assert.Equal(expected.Count, lines.Length - 1);
        Assert.All(lines.Skip(1), line => Assert.Contains(",abandoned,", line));
    }

    [Fact]
    public async Task The_archive_keeps_an_appeal_s_record_and_timeline_and_erases_its_personal_data_after_the_retention()
    {
        var id = Guid.NewGuid();
        var received = service.Time.GetUtcNow();
        await WriteAsync([
            (Guid.NewGuid(), new AppealReceived(id, Channels.Phone, "Треба евакуювати маму", "kharkiv", null, received, null, "Олена Петренко", "+380671234567")),
            (Guid.NewGuid(), new AppealQueued(id, "evacuation", Priorities.High, received, received.AddSeconds(2))),
            (Guid.NewGuid(), new AppealAssigned(id, "op-007", null, received.AddSeconds(9))),
            (Guid.NewGuid(), new AppealResolved(id, "op-007", "evacuation_arranged", null, null, received.AddMinutes(4))),
        ]);

        var record = await service.Client.GetFromJsonAsync<JsonElement>($"/api/reports/appeals/{id}");
        Assert.Equal("Олена Петренко", record.GetProperty("name").GetString());
        Assert.Equal("+380671234567", record.GetProperty("phone").GetString());
        Assert.Equal("resolved", record.GetProperty("appeal").GetProperty("status").GetString());
        Assert.Equal(7, record.GetProperty("appeal").GetProperty("waitedSeconds").GetDouble(), 6);
        Assert.Equal(["AppealReceived", "AppealQueued", "AppealAssigned", "AppealResolved"],
            record.GetProperty("timeline").EnumerateArray().Select(e => e.GetProperty("type").GetString()));
        var eraser = service.Services.GetRequiredService<PersonalDataEraser>();

        service.AtLeast(received.AddDays(364));
        Assert.Equal(0, await eraser.EraseAsync());
        service.AtLeast(received.AddDays(365).AddMinutes(1));
        Assert.Equal(1, await eraser.EraseAsync());
        await service.History.RebuildAsync();

        var erased = await service.Client.GetFromJsonAsync<JsonElement>($"/api/reports/appeals/{id}");
        Assert.All(new[] { "name", "phone", "text" }, field => Assert.Equal(JsonValueKind.Null, erased.GetProperty(field).ValueKind));
        Assert.Equal(JsonValueKind.String, erased.GetProperty("personalDataErasedAt").ValueKind);
        Assert.DoesNotContain("Петренко", erased.ToString(), StringComparison.Ordinal);
        Assert.Equal(record.GetProperty("appeal").ToString(), erased.GetProperty("appeal").ToString());
        Assert.Equal(HttpStatusCode.NotFound, (await service.Client.GetAsync($"/api/reports/appeals/{Guid.NewGuid()}")).StatusCode);
    }

    [Fact]
    public async Task An_operator_s_timeline_says_each_state_and_why_it_began()
    {
        var at = new DateTimeOffset(2026, 10, 25, 8, 0, 0, TimeSpan.Zero);
        await WriteAsync([
            (Guid.NewGuid(), new OperatorPresenceChanged("op-017", Presence.Offline, Presence.Available, "signed_in", at)),
            (Guid.NewGuid(), new AppealOffered(Guid.NewGuid(), "op-017", Guid.NewGuid(), 1, null, at.AddMinutes(5), at.AddMinutes(5).AddSeconds(20))),
            (Guid.NewGuid(), new OperatorPresenceChanged("op-017", Presence.Available, Presence.Offline, "heartbeat_lost", at.AddMinutes(5).AddSeconds(4))),
            (Guid.NewGuid(), new OperatorPresenceChanged("op-017", Presence.Offline, Presence.Shelter, "regional_alert", at.AddMinutes(30))),
        ]);

        var spans = (await service.Client.GetFromJsonAsync<JsonElement>("/api/reports/operators/op-017/timeline?day=2026-10-25")).EnumerateArray()
            .Select(s => (s.GetProperty("state").GetString(), s.GetProperty("reason").GetString(), s.GetProperty("from").GetDateTimeOffset())).ToList();

        Assert.Equal(
            [("available", "signed_in", at), ("offered", "offer", at.AddMinutes(5)), ("offline", "heartbeat_lost", at.AddMinutes(5).AddSeconds(4)),
             ("shelter", "regional_alert", at.AddMinutes(30))],
            spans);
    }

    [Fact]
    public async Task A_malformed_event_is_refused_as_invalid_and_nothing_of_it_is_stored()
    {
        Assert.Throws<InvalidMessageException>(() => RecordedEvents.From(Guid.NewGuid(), new AppealQueued(Guid.Empty, "q", "high", default, DateTimeOffset.UtcNow)));
        Assert.Throws<InvalidMessageException>(() => RecordedEvents.From(Guid.NewGuid(), new AppealAssigned(Guid.NewGuid(), " ", null, DateTimeOffset.UtcNow)));
        Assert.Throws<InvalidMessageException>(() => RecordedEvents.From(Guid.NewGuid(),
            new OperatorPresenceChanged("op-001", Presence.Offline, "asleep", "?", DateTimeOffset.UtcNow)));
        Assert.Throws<InvalidMessageException>(() => RecordedEvents.From(Guid.NewGuid(), new AppealResolved(Guid.NewGuid(), "op-001", "done", null, null, default)));

        await using var count = service.Database.CreateCommand("SELECT count(*) FROM reporting.events");
        Assert.Equal(0L, await count.ExecuteScalarAsync());
    }

    [Fact]
    public async Task The_live_feed_sends_the_floor_at_once_and_again_when_it_changes()
    {
        using var response = await service.Client.GetAsync("/api/reports/live", HttpCompletionOption.ResponseHeadersRead);
        Assert.Equal("text/event-stream", response.Content.Headers.ContentType?.MediaType);
        using var reader = new StreamReader(await response.Content.ReadAsStreamAsync());

        var first = await NextSnapshotAsync(reader);
        Assert.Empty(first.GetProperty("floor").GetProperty("waitingNow").EnumerateObject());

        var now = service.Time.GetUtcNow();
        await WriteAsync([(Guid.NewGuid(), new AppealQueued(Guid.NewGuid(), "medical", Priorities.Critical, now, now))]);
        service.Time.Advance(TimeSpan.FromSeconds(1));

        var second = await NextSnapshotAsync(reader);
        Assert.Equal(1, second.GetProperty("floor").GetProperty("waitingNow").GetProperty("medical").GetInt64());
        Assert.Equal(1, second.GetProperty("today").GetProperty("offered").GetInt64());
    }

    [Fact]
    public async Task Forecast_accuracy_sets_each_hour_s_appeals_beside_Staffing_s_forecast()
    {
        var day = new SimulatedDay(seed: 5, operators: 3, abandoned: 200);
        await WriteAsync(day.Events);
        service.Staffing.ArrivalsPerHour = hour => hour.Hour % 3;

        var report = await service.Client.GetFromJsonAsync<JsonElement>($"/api/reports/forecast-accuracy?{Day}");

        var hours = report.GetProperty("hours").EnumerateArray().ToList();
        Assert.Equal(25, hours.Count);
        var errors = new List<double>();
        foreach (var hour in hours)
        {
            var start = hour.GetProperty("hour").GetDateTimeOffset();
            var actual = day.Appeals.Count(a => a.Received >= start && a.Received < start.AddHours(1));
            Assert.Equal(actual, hour.GetProperty("actual").GetInt64());
            Assert.Equal(start.UtcDateTime.Hour % 3, hour.GetProperty("forecast").GetDouble());
            errors.Add(Math.Abs(actual - start.UtcDateTime.Hour % 3));
        }

        Assert.Equal(errors.Average(), report.GetProperty("meanAbsoluteError").GetDouble(), 9);
        Assert.Equal(HttpStatusCode.BadRequest, (await service.Client.GetAsync("/api/reports/forecast-accuracy?from=2026-09-01&to=2026-10-25")).StatusCode);
    }

    [Fact]
    public async Task A_period_that_begins_within_a_microsecond_still_finds_its_appeals()
    {
        var queued = new DateTimeOffset(2026, 10, 25, 9, 30, 0, TimeSpan.Zero);
        await WriteAsync([(Guid.NewGuid(), new AppealQueued(Guid.NewGuid(), "medical", Priorities.Normal, queued, queued))]);
        var from = Uri.EscapeDataString(queued.AddTicks(-1_234_567).ToString("O", System.Globalization.CultureInfo.InvariantCulture));

        var rows = await service.Client.GetFromJsonAsync<JsonElement>($"/api/reports/intervals?from={from}&to=2026-10-25&interval=1h");

        Assert.Equal(1, rows[0].GetProperty("offered").GetInt64());
    }

    [Fact]
    public async Task The_OpenAPI_document_describes_every_report()
    {
        var paths = (await service.Client.GetFromJsonAsync<JsonElement>("/openapi/v1.json")).GetProperty("paths");

        Assert.All(
            new[] { "summary", "intervals", "appeals", "appeals/{id}", "operators", "operators/{id}/timeline", "forecast-accuracy", "live", "rebuild" },
            path => Assert.True(paths.TryGetProperty($"/api/reports/{path}", out _), path));
    }

    private static async Task<JsonElement> NextSnapshotAsync(StreamReader reader)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        while (await reader.ReadLineAsync(timeout.Token) is { } line)
        {
            if (line.StartsWith("data: ", StringComparison.Ordinal))
            {
                return JsonDocument.Parse(line["data: ".Length..]).RootElement;
            }
        }

        throw new InvalidOperationException("The feed ended.");
    }

    private async Task WriteAsync(IEnumerable<(Guid MessageId, object Message)> events)
    {
        await service.History.WriteAsync([.. events.Select(e => RecordedEvents.From(e.MessageId, e.Message))]);
        await service.History.RefreshQuartersAsync();
    }
}
