using System.Net.Http.Json;
using System.Text.Json;
using Ukc.Reporting.Ingest;
using Xunit.Abstractions;

namespace Reporting.Tests;

[Collection(ReportingCollection.Name)]
public sealed class SimulatedDayTests(ReportingService service, ITestOutputHelper output) : IAsyncLifetime
{
    private static readonly string[] Figures =
    [
        "received", "offered", "answered", "abandoned", "shortAbandoned", "serviceLevel", "asaSeconds", "asaP50Seconds",
        "asaP90Seconds", "ahtSeconds", "abandonmentRate", "callbacksScheduled", "callbacksDone", "repeatContacts", "fallbackShare",
    ];

    private static readonly Dictionary<string, TimeSpan> Targets = new()
    {
        ["critical"] = TimeSpan.FromSeconds(10), ["high"] = TimeSpan.FromSeconds(15), ["normal"] = TimeSpan.FromSeconds(20), ["low"] = TimeSpan.FromSeconds(60),
    };

    public async Task InitializeAsync()
    {
        await service.ClearAsync();
        service.AtLeast(SimulatedDay.End.AddDays(1));
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task The_reports_of_a_simulated_day_equal_the_simulation_s_own_figures_also_after_a_rebuild()
    {
        var day = new SimulatedDay(seed: 2026);
        Assert.True(day.Appeals.Count > 3_000, $"{day.Appeals.Count} appeals");
        await WriteAsync(day.Delivered(), refresh: false);
        // Before the stale quarters are counted again, the figures come from the appeal rows; after, from the quarters.
        var fromRows = await GetAsync("/api/reports/summary?from=2026-10-25&to=2026-10-25");
        await service.History.RefreshQuartersAsync();

        var summary = await GetAsync("/api/reports/summary?from=2026-10-25&to=2026-10-25");
        Assert.Equal(fromRows.ToString(), summary.ToString());
        var expectedDay = Expected.Figures(day.Appeals, SimulatedDay.Start, SimulatedDay.End);
        output.WriteLine($"{day.Appeals.Count} appeals, {day.Events.Count} events; figure: service / the test's own");
        foreach (var (figure, value) in expectedDay)
        {
            output.WriteLine($"{figure}: {Number(summary, figure)} / {value}");
        }

        AssertFigures(expectedDay, summary);
        Assert.Equal(Expected.Occupancy(day.States, SimulatedDay.Start, SimulatedDay.End)!.Value, summary.GetProperty("occupancy").GetDouble(), 9);
        foreach (var (priority, target) in Targets)
        {
            var expected = Expected.Figures(day.Appeals.Where(a => a.Priority == priority), SimulatedDay.Start, SimulatedDay.End, target);
            Assert.Equal(expected["serviceLevel"]!.Value, summary.GetProperty("serviceLevelByPriority").GetProperty(priority).GetProperty("serviceLevel").GetDouble(), 9);
        }

        // The clocks go back at 04:00: the Kyiv day has 25 hours, 03:00 twice.
        var hours = (await GetAsync("/api/reports/intervals?from=2026-10-25&to=2026-10-25&interval=1h")).EnumerateArray().ToList();
        Assert.Equal(25, hours.Count);
        Assert.Equal(2, hours.Count(h => h.GetProperty("start").GetDateTimeOffset().ToOffset(KyivOffset(h)).Hour == 3));
        foreach (var hour in hours)
        {
            var start = hour.GetProperty("start").GetDateTimeOffset();
            AssertFigures(Expected.Figures(day.Appeals, start, start.AddHours(1)), hour);
            Assert.Equal(Expected.Occupancy(day.States, start, start.AddHours(1)) ?? -1, Number(hour, "occupancy") ?? -1, 9);
        }

        var byCategory = (await GetAsync("/api/reports/intervals?from=2026-10-25&to=2026-10-25&interval=1d&by=category")).EnumerateArray().ToList();
        Assert.Equal(day.Appeals.Where(a => a.Queued >= SimulatedDay.Start && a.Queued < SimulatedDay.End).Select(a => a.Category).Distinct().Count(),
            byCategory.Count(c => c.GetProperty("offered").GetInt64() > 0));
        foreach (var category in byCategory.Where(c => c.GetProperty("group").ValueKind == JsonValueKind.String))
        {
            var name = category.GetProperty("group").GetString();
            AssertFigures(Expected.Figures(day.Appeals.Where(a => a.Category == name), SimulatedDay.Start, SimulatedDay.End), category, except: "received");
        }

        // A period that begins and ends within quarter hours: its whole quarters come from the kept figures, the rest
        // from the appeal rows, and together they are the same figures.
        var (from, to) = (new DateTimeOffset(2026, 10, 25, 10, 7, 13, 500, TimeSpan.FromHours(2)), new DateTimeOffset(2026, 10, 25, 14, 52, 1, TimeSpan.FromHours(2)));
        var period = $"from={Uri.EscapeDataString(from.ToString("O"))}&to={Uri.EscapeDataString(to.ToString("O"))}";
        AssertFigures(Expected.Figures(day.Appeals, from, to), await GetAsync($"/api/reports/summary?{period}"));
        foreach (var (interval, count) in new[] { ("15m", 20), ("1h", 5) })
        {
            var rows = (await GetAsync($"/api/reports/intervals?{period}&interval={interval}")).EnumerateArray().ToList();
            Assert.Equal(count, rows.Count);
            Assert.Equal(from, rows[0].GetProperty("start").GetDateTimeOffset());
            Assert.Equal(to, rows[^1].GetProperty("end").GetDateTimeOffset());
            foreach (var row in rows)
            {
                AssertFigures(Expected.Figures(day.Appeals, row.GetProperty("start").GetDateTimeOffset(), row.GetProperty("end").GetDateTimeOffset()), row);
            }
        }

        var operators = (await GetAsync("/api/reports/operators?from=2026-10-25&to=2026-10-25")).EnumerateArray().ToList();
        Assert.Equal(40, operators.Count);
        foreach (var op in operators)
        {
            var id = op.GetProperty("operatorId").GetString();
            Assert.Equal(Expected.Occupancy(day.States, SimulatedDay.Start, SimulatedDay.End, id)!.Value, op.GetProperty("occupancy").GetDouble(), 9);
            var seconds = Expected.SecondsByState(day.States, SimulatedDay.Start, SimulatedDay.End, id);
            Assert.Equal(seconds.GetValueOrDefault("break"), op.GetProperty("secondsByState").GetProperty("break").GetDouble(), 6);
        }

        await service.History.RebuildAsync();

        Assert.Equal(summary.ToString(), (await GetAsync("/api/reports/summary?from=2026-10-25&to=2026-10-25")).ToString());
        Assert.Equal(
            JsonSerializer.Serialize(hours),
            JsonSerializer.Serialize((await GetAsync("/api/reports/intervals?from=2026-10-25&to=2026-10-25&interval=1h")).EnumerateArray()));
    }

    [Fact]
    public async Task Events_in_any_order_and_delivered_twice_give_the_same_rows()
    {
        var day = new SimulatedDay(seed: 7, operators: 6, abandoned: 60);
        await WriteAsync(day.Events);
        var inOrder = await TablesAsync();

        await service.ClearAsync();
        await WriteAsync(day.Delivered(), batch: 37);

        Assert.Equal(inOrder, await TablesAsync());
    }

    [Fact]
    public async Task Changed_counting_settings_count_every_kept_quarter_again_at_start()
    {
        var day = new SimulatedDay(seed: 11, operators: 6, abandoned: 80);
        await WriteAsync(day.Events);
        var shorter = TimeSpan.FromSeconds(5);
        await using (var stricter = service.WithSettings(("Reporting:ServiceLevelThreshold", shorter.ToString()), ("Reporting:ShortAbandon", "00:00:02")))
        {
            var summary = await stricter.CreateClient().AsSupervisor().GetFromJsonAsync<JsonElement>("/api/reports/summary?from=2026-10-25&to=2026-10-25");
            var expected = Expected.Figures(day.Appeals, SimulatedDay.Start, SimulatedDay.End, shorter, shortAbandon: TimeSpan.FromSeconds(2));
            Assert.Equal(expected["serviceLevel"]!.Value, summary.GetProperty("serviceLevel").GetDouble(), 9);
            Assert.Equal(expected["shortAbandoned"]!.Value, summary.GetProperty("shortAbandoned").GetDouble());
        }

        await service.History.PrepareQuartersAsync();

        AssertFigures(Expected.Figures(day.Appeals, SimulatedDay.Start, SimulatedDay.End), await GetAsync("/api/reports/summary?from=2026-10-25&to=2026-10-25"));
    }

    private async Task WriteAsync(IEnumerable<(Guid MessageId, object Message)> events, int batch = 500, bool refresh = true)
    {
        foreach (var chunk in events.Chunk(batch))
        {
            await service.History.WriteAsync([.. chunk.Select(e => RecordedEvents.From(e.MessageId, e.Message))]);
        }

        if (refresh)
        {
            await service.History.RefreshQuartersAsync();
        }
    }

    private async Task<string> TablesAsync()
    {
        await using var command = service.Database.CreateCommand("""
            SELECT (SELECT json_agg(a ORDER BY a.appeal_id)::text FROM reporting.appeals a)
                || (SELECT json_agg(s ORDER BY s.operator_id, s.started_at)::text FROM reporting.operator_spans s)
                || (SELECT json_agg(q ORDER BY q.grouping, q.quarter, q.grp)::text FROM reporting.queue_quarters q)
                || (SELECT json_agg(q ORDER BY q.grouping, q.quarter, q.grp)::text FROM reporting.arrival_quarters q)
            """);
        return (string)(await command.ExecuteScalarAsync())!;
    }

    private async Task<JsonElement> GetAsync(string uri) => await service.Client.GetFromJsonAsync<JsonElement>(uri);

    private static void AssertFigures(Dictionary<string, double?> expected, JsonElement actual, string? except = null)
    {
        foreach (var figure in Figures.Where(f => f != except))
        {
            var value = Number(actual, figure);
            if (expected[figure] is { } wanted)
            {
                Assert.True(value is not null && Math.Abs(wanted - value.Value) < 1e-6, $"{figure}: expected {wanted}, got {value} in {actual}");
            }
            else
            {
                Assert.True(value is null, $"{figure}: expected none, got {value}");
            }
        }
    }

    private static double? Number(JsonElement element, string name) =>
        element.GetProperty(name).ValueKind == JsonValueKind.Null ? null : element.GetProperty(name).GetDouble();

    private static TimeSpan KyivOffset(JsonElement hour) => hour.GetProperty("start").GetDateTimeOffset().Offset;
}
