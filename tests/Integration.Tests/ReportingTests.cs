using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;

namespace Integration.Tests;

[Collection(UkcSystemCollection.Name)]
public sealed class ReportingTests(UkcSystem system)
{
    private const int Appeals = 12;

    // Appeals of other tests may still reach their queues meanwhile; these are the only ones from Volyn.
    private const string Region = "volyn";

    [Fact]
    public async Task The_summary_of_appeals_answered_and_resolved_through_the_gateway_matches_what_the_operators_saw()
    {
        var from = DateTimeOffset.UtcNow;
        await using var first = await OperatorConsole.StartAsync(system, "op-report-1");
        await using var second = await OperatorConsole.StartAsync(system, "op-report-2");

        var ids = new List<Guid>();
        for (var i = 0; i < Appeals; i++)
        {
            var response = await system.Gateway.PostAsJsonAsync("/api/appeals", new { text = $"Потрібна гуманітарна допомога, родина {i}", channel = "chat", region = Region });
            ids.Add((await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid());
        }

        var waits = new List<double>();
        foreach (var id in ids)
        {
            var appeal = await Eventually.HoldsAsync(
                () => system.Gateway.GetFromJsonAsync<JsonElement>($"/api/appeals/{id}"),
                // Intake's timeline takes each event whenever it arrives: resolved may come before assigned.
                a => a.GetProperty("status").GetString() == "resolved"
                    && a.GetProperty("timeline").EnumerateArray().Select(e => e.GetProperty("status").GetString()).ToHashSet().IsSupersetOf(["queued", "assigned"]),
                TimeSpan.FromSeconds(90));
            var timeline = appeal.GetProperty("timeline").EnumerateArray().ToList();
            DateTimeOffset At(string status) => timeline.First(e => e.GetProperty("status").GetString() == status).GetProperty("at").GetDateTimeOffset();
            waits.Add((At("assigned") - At("queued")).TotalSeconds);
            await Eventually.HoldsAsync(
                async () => (await system.Gateway.GetAsync($"/api/reports/appeals/{id}")) is { IsSuccessStatusCode: true } r
                    ? (await r.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("appeal").GetProperty("status").GetString()
                    : null,
                status => status == "resolved");
        }

        var period = $"from={Uri.EscapeDataString(from.ToString("O", CultureInfo.InvariantCulture))}"
            + $"&to={Uri.EscapeDataString(DateTimeOffset.UtcNow.AddSeconds(1).ToString("O", CultureInfo.InvariantCulture))}";
        var byRegion = await system.Gateway.GetFromJsonAsync<JsonElement>($"/api/reports/intervals?{period}&interval=1d&by=region");
        var volyn = byRegion.EnumerateArray().Single(r => r.GetProperty("group").GetString() == Region);

        Assert.Equal(Appeals, volyn.GetProperty("received").GetInt64());
        Assert.Equal(Appeals, volyn.GetProperty("offered").GetInt64());
        Assert.Equal(Appeals, volyn.GetProperty("answered").GetInt64());
        Assert.Equal(0, volyn.GetProperty("abandoned").GetInt64());
        Assert.Equal(waits.Average(), volyn.GetProperty("asaSeconds").GetDouble(), 3);
        Assert.Equal(waits.Count(w => w <= 20) / (double)Appeals, volyn.GetProperty("serviceLevel").GetDouble(), 9);
        // Each step of each appeal is in the event table once, however often the broker delivered it.
        await using var stored = system.Reports.CreateCommand(
            "SELECT type, count(*) FROM reporting.events WHERE appeal_id = ANY(@ids) GROUP BY type");
        stored.Parameters.AddWithValue("ids", ids.ToArray());
        var counts = new Dictionary<string, long>();
        await using (var row = await stored.ExecuteReaderAsync())
        {
            while (await row.ReadAsync())
            {
                counts[row.GetString(0)] = row.GetInt64(1);
            }
        }

        Assert.All(new[] { "AppealReceived", "AppealCategorized", "AppealQueued", "AppealAssigned", "AppealResolved" },
            type => Assert.Equal(Appeals, counts.GetValueOrDefault(type)));

        var summary = await system.Gateway.GetFromJsonAsync<JsonElement>($"/api/reports/summary?{period}");
        Assert.True(summary.GetProperty("answered").GetInt64() >= Appeals, summary.ToString());
        Assert.True(summary.GetProperty("occupancy").GetDouble() > 0, summary.ToString());

        var operators = await system.Gateway.GetFromJsonAsync<JsonElement>($"/api/reports/operators?{period}");
        var mine = operators.EnumerateArray().Where(o => o.GetProperty("operatorId").GetString()!.StartsWith("op-report-", StringComparison.Ordinal)).ToList();
        Assert.Equal(2, mine.Count);
        Assert.True(mine.Sum(o => o.GetProperty("answered").GetInt64()) >= Appeals, operators.ToString());
        Assert.All(mine, o => Assert.True(o.GetProperty("secondsByState").GetProperty("busy").GetDouble() > 0, o.ToString()));
    }
}
