using System.Text.Json;
using Ukc.Cli;
using Ukc.Contracts;
using Ukc.ServiceDefaults.Messaging;
using CommandOptions = Ukc.Cli.CommandOptions;

namespace Integration.Tests;

/// <summary><c>ukc load</c> run against the whole system, following every appeal it filed the whole way.</summary>
[Collection(UkcSystemCollection.Name)]
public sealed class LoadToolTests(UkcSystem system)
{
    [Fact]
    public async Task A_short_load_run_with_operators_follows_every_accepted_appeal_to_a_queue_and_finds_none_lost_or_assigned_twice()
    {
        var run = Guid.NewGuid().ToString("N")[..6];
        var passwords = Path.Combine(Path.GetTempPath(), $"ukc-load-{run}.txt");
        var lines = new List<string>();
        for (var i = 0; i < 4; i++)
        {
            var id = $"load-tool-{run}-{i}";
            (await system.OperatorAsync(id)).Dispose();
            await OperatorConsole.JoinRosterAsync(system, id);
            lines.Add($"{id} password-of-{id}");
        }

        await File.WriteAllLinesAsync(passwords, lines);
        var output = new StringWriter();
        var exit = await LoadCommand.RunAsync(new CommandOptions(
        [
            "--gateway", system.App.GetEndpoint("gateway", "http").ToString(),
            "--admin-password", UkcSystem.AdminPassword,
            "--broker", (await system.App.GetConnectionStringAsync(ConnectionNames.Messaging))!,
            "--broker-seconds", "2s",
            "--rate", "10", "--duration", "5s", "--warmup", "0",
            "--operators", "4", "--passwords", passwords, "--think", "100ms", "--handle", "300ms",
            "--settle", "90s", "--json",
        ]), output, TextWriter.Null);
        // What the run left in the queues is answered, so the tests after it find them empty.
        await OperatorConsole.AnswerWhatWaitsAsync(system);

        var report = JsonDocument.Parse(output.ToString()).RootElement;
        Assert.Equal(0, exit);
        var accepted = report.GetProperty("accepted").GetInt32();
        Assert.True(accepted >= 45, $"accepted {accepted} of about 50");
        Assert.Equal(0, report.GetProperty("lost").GetInt32());
        Assert.Equal(0, report.GetProperty("assignedTwice").GetInt32());
        var stages = report.GetProperty("stages");
        Assert.Equal(accepted, stages.GetProperty("queued").GetProperty("count").GetInt32());
        Assert.True(stages.GetProperty("assigned").GetProperty("count").GetInt32() > 0);
        Assert.True(stages.GetProperty("queued").GetProperty("p50").GetDouble() >= stages.GetProperty("received").GetProperty("p50").GetDouble());
        Assert.True(report.GetProperty("brokerMessagesPerSecond").GetDouble() > 0);
        Assert.True(report.GetProperty("pipelineShareOfBroker").GetDouble() > 0);
    }

    [Fact]
    public void A_day_keeps_the_mean_rate_with_a_quiet_night_and_a_tenfold_surge_after_the_strike()
    {
        var day = LoadSchedule.Build(LoadSchedule.Day, 100, TimeSpan.FromSeconds(240));
        int In(double fromHour, double toHour) => day.Count(t => t.TotalSeconds >= fromHour * 10 && t.TotalSeconds < toHour * 10);

        // The mean rate, and the surge on top of it.
        Assert.InRange(day.Count, 100 * 240, 100 * 240 * 1.2);
        Assert.True(In(10, 11) > 10 * In(2, 3), $"10:00 {In(10, 11)} against 02:00 {In(2, 3)}");
        Assert.InRange(In(15, 15.25) / (double)In(14.5, 14.75), 8, 12);
    }

    [Fact]
    public void A_surge_sends_ten_times_the_rate_in_the_middle_fifth_of_the_run()
    {
        var surge = LoadSchedule.Build(LoadSchedule.Surge, 10, TimeSpan.FromSeconds(100));

        Assert.InRange(surge.Count(t => t.TotalSeconds is >= 40 and < 60), 1995, 2005);
        Assert.InRange(surge.Count(t => t.TotalSeconds < 40), 395, 405);
    }

    [Fact]
    public void An_appeal_assigned_again_without_going_back_to_a_queue_counts_as_assigned_twice_and_one_never_queued_as_lost()
    {
        var now = DateTimeOffset.UtcNow;
        var filed = new FiledAppeal(Guid.NewGuid(), now, now);
        AppealView View(string status, params string[] timeline) => new(
            filed.Id, status, Channels.Web, null, null, null, null, null, null, null, null, null, null, null,
            new Dictionary<string, string>(), now, now, [.. timeline.Select((s, i) => new TimelineEntry(s, now.AddSeconds(i)))]);

        var requeued = Journey.Of(filed, View(AppealStatuses.Assigned, "received", "categorized", "queued", "offered", "assigned", "queued", "offered", "assigned"));
        var twice = Journey.Of(filed, View(AppealStatuses.Assigned, "received", "categorized", "queued", "offered", "assigned", "offered", "assigned"));
        var stuck = Journey.Of(filed, View(AppealStatuses.Categorized, "received", "categorized"));

        Assert.False(requeued.AssignedTwice);
        Assert.True(twice.AssignedTwice);
        Assert.True(stuck.Lost);
        Assert.False(requeued.Lost);
        Assert.True(new Journey(filed, Found: false).Lost);
    }
}
