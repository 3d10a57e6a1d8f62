using System.Diagnostics;
using Microsoft.Extensions.Options;
using Npgsql;
using Ukc.Reporting.Ingest;

namespace Ukc.Reporting.Benchmarks;

/// <summary>
/// Events per second through <see cref="EventHistory.WriteAsync"/>, one batch after another as the EventWriter
/// writes them: the events of the appeals' flow in the order they happen, made before the clock starts.
/// Into an empty history, or (<c>--append</c>) after the month a <c>load</c> left, continuing it.
/// </summary>
internal static class IngestBenchmark
{
    public static async Task<int> RunAsync(Arguments arguments)
    {
        var total = arguments.Number("events", 200_000);
        var batch = arguments.Number("batch", EventWriter.MaxBatch);
        var warmup = arguments.Number("warmup", 10_000);
        var append = arguments.Flag("append");
        if (append)
        {
            arguments.RequiredText("data");
        }

        var (cluster, database) = await Bench.StartAsync(arguments);
        await using var _ = cluster;
        await using var __ = database;

        var start = Bench.Month.From;
        if (append)
        {
            // After the loaded month, so that the month keeps its million appeals for the other benchmarks.
            var last = await Bench.ScalarAsync<DateTime>(database, "SELECT max(occurred_at) FROM reporting.events") + TimeSpan.FromSeconds(1);
            start = last > Bench.Month.To ? last : Bench.Month.To;
        }
        else
        {
            await Bench.ResetAsync(database);
        }

        // Appended events follow on from the history's last one, with message ids of their own.
        var flows = new AppealFlows(seed: append ? (int)start.ToUnixTimeSeconds() : 1, start, appealsPerDay: 1_000_000 / 30.0, Bench.Operators);
        var events = flows.Events().Take(warmup + total).ToList();
        Bench.Print($"Ingest: {total:N0} events in batches of {batch:N0} ({warmup:N0} more before, not timed), " +
            $"{(append ? "appended to the loaded history" : "into an empty history")}; {flows.Appeals:N0} appeals from {start:u} to {flows.LastArrival:u}, " +
            $"{Bench.Operators} operators; {events.Count(e => e.State is not null):N0} of the events are operator states");
        if (append)
        {
            await Bench.PrintTablesAsync(database);
        }

        var history = new EventHistory(database, new QuarterFigures(Options.Create(new ReportingOptions())), new FloorChanges());
        foreach (var chunk in events.Take(warmup).Chunk(batch))
        {
            await history.WriteAsync(chunk);
        }

        await Bench.CountStatementsAsync(arguments, database);
        var refresher = Bench.RefreshingQuarters(history);
        var timings = new List<double>();
        var segment = Stopwatch.StartNew();
        var written = 0;
        var ourCpu = Environment.CpuUsage.TotalTime;
        var serverCpu = cluster.CpuTime();
        var whole = Stopwatch.StartNew();
        foreach (var chunk in events.Skip(warmup).Chunk(batch))
        {
            var one = Stopwatch.StartNew();
            var stored = await history.WriteAsync(chunk);
            timings.Add(one.Elapsed.TotalMilliseconds);
            if (stored != chunk.Length)
            {
                throw new InvalidOperationException($"{stored} of {chunk.Length} events were stored.");
            }

            written += chunk.Length;
            if (written % 50_000 < batch)
            {
                Bench.Print($"  {written,9:N0} events: {50_000 / segment.Elapsed.TotalSeconds,8:N0} events/s over the last 50,000");
                segment.Restart();
            }
        }

        await refresher.DisposeAsync();
        whole.Stop();
        ourCpu = Environment.CpuUsage.TotalTime - ourCpu;
        serverCpu = cluster.CpuTime() - serverCpu;
        Bench.Print($"Ingest result: {written / whole.Elapsed.TotalSeconds:N0} events/s ({written:N0} events in {whole.Elapsed.TotalSeconds:N1} s, batch of {batch:N0}); " +
            $"per batch {Bench.Timings(timings)}; {Bench.Load()}");
        Bench.Print($"  processor time: PostgreSQL {serverCpu.TotalSeconds:N1} s, this process {ourCpu.TotalSeconds:N1} s: " +
            $"{(serverCpu + ourCpu).TotalMilliseconds / written * 1000:N0} ms for 1,000 events, " +
            $"{written / (serverCpu + ourCpu).TotalSeconds:N0} events per processor-second");
        await Bench.PrintTablesAsync(database);
        await Bench.PrintStatementsAsync(arguments, database);
        return 0;
    }
}
