using System.Diagnostics;
using Microsoft.Extensions.Options;
using Ukc.Reporting.Figures;
using Ukc.Reporting.Ingest;
using Ukc.Reporting.Storage;

namespace Ukc.Reporting.Benchmarks;

/// <summary>
/// <see cref="Reports.IntervalsAsync"/> over the loaded month, per hour and split by category
/// (<c>GET /api/reports/intervals?interval=1h&amp;by=category</c> without the HTTP), timed run after run once warm.
/// </summary>
internal static class IntervalsBenchmark
{
    public static async Task<int> RunAsync(Arguments arguments)
    {
        arguments.RequiredText("data");
        var runs = arguments.Number("runs", 20);
        var warmup = arguments.Number("warmup", 3);
        var length = arguments.Text("interval", "1h") switch
        {
            "15m" => ReportIntervalLength.QuarterHour,
            "1d" => ReportIntervalLength.Day,
            _ => ReportIntervalLength.Hour,
        };
        Groupings.Parse(arguments.Text("by", "category"), out var grouping);
        var (cluster, database) = await Bench.StartAsync(arguments);
        await using var _ = cluster;
        await using var __ = database;
        var options = Options.Create(new ReportingOptions());
        // The month as the service finds it when it starts: the schema migrated, the quarters counted with today's settings.
        await ReportsSchema.MigrateAsync(database, database.ConnectionString);
        var preparing = Stopwatch.StartNew();
        await new EventHistory(database, new QuarterFigures(options), new FloorChanges()).PrepareQuartersAsync();
        Bench.Print($"Migrated, quarters prepared in {preparing.Elapsed.TotalSeconds:N1} s");
        await Bench.PrintTablesAsync(database);

        var reports = new Reports(
            new FigureQueries(database, options, TimeProvider.System), new FloorQueries(database, TimeProvider.System), options, TimeProvider.System);
        var rows = 0;
        for (var i = 0; i < warmup; i++)
        {
            rows = (await reports.IntervalsAsync(Bench.Month, length, grouping, CancellationToken.None)).Count;
        }

        var timings = new List<double>();
        for (var i = 0; i < runs; i++)
        {
            var one = Stopwatch.StartNew();
            rows = (await reports.IntervalsAsync(Bench.Month, length, grouping, CancellationToken.None)).Count;
            timings.Add(one.Elapsed.TotalMilliseconds);
        }

        var appeals = await Bench.ScalarAsync<long>(database,
            $"SELECT count(*) FROM reporting.appeals WHERE received_at >= '{Bench.Month.From:O}' AND received_at < '{Bench.Month.To:O}'");
        Bench.Print($"Intervals result: {Bench.Month.From:u} to {Bench.Month.To:u}, {length}, by {grouping}, {appeals:N0} appeals in the period, {rows:N0} rows: " +
            $"{Bench.Timings(timings)}, after {warmup} warm-up runs; {Bench.Load()}");

        return 0;
    }
}
