using System.Diagnostics;
using Microsoft.Extensions.Options;
using Npgsql;
using NpgsqlTypes;
using Ukc.Reporting.Ingest;

namespace Ukc.Reporting.Benchmarks;

/// <summary>
/// A month of appeals (a million by default) in an empty history, the way the service would hold them:
/// <c>--via write</c> through <see cref="EventHistory.WriteAsync"/> in batches, as it ingests them;
/// <c>--via copy</c> as the event table and the operator states by COPY, then <see cref="EventHistory.RebuildAsync"/>
/// lays out the appeal rows and operator spans, as <c>POST /api/reports/rebuild</c> does. Then VACUUM ANALYZE.
/// </summary>
internal static class MonthLoad
{
    private const int Progress = 1_000_000;

    public static async Task<int> RunAsync(Arguments arguments)
    {
        arguments.RequiredText("data");
        var appeals = arguments.Number("appeals", 1_000_000);
        var via = arguments.Text("via", "write");
        var batch = arguments.Number("batch", EventWriter.MaxBatch);
        var (cluster, database) = await Bench.StartAsync(arguments);
        await using var _ = cluster;
        await using var __ = database;
        await Bench.ResetAsync(database);

        // A little faster than a million in 30 days, so that the millionth appeal still comes within the month.
        var days = (Bench.Month.To - Bench.Month.From).TotalDays;
        var flows = new AppealFlows(seed: 1, Bench.Month.From, appealsPerDay: appeals / (days - 0.25), Bench.Operators);
        var history = new EventHistory(database, new QuarterFigures(Options.Create(new ReportingOptions())), new FloorChanges());
        Bench.Print($"Load: {appeals:N0} appeals from {Bench.Month.From:u}, {Bench.Operators} operators, via {via}");
        var whole = Stopwatch.StartNew();
        long events = via switch
        {
            "write" => await WriteAsync(history, flows.Events(appeals), batch),
            "copy" => await CopyAsync(database, history, flows.Events(appeals)),
            _ => throw new ArgumentException("--via is write or copy."),
        };
        Bench.Print($"Loaded {events:N0} events of {flows.Appeals:N0} appeals ({flows.Answered:N0} answered, {flows.Abandoned:N0} abandoned), " +
            $"the last received {flows.LastArrival:u}, in {whole.Elapsed.TotalSeconds:N0} s; {Bench.Load()}");

        var vacuum = Stopwatch.StartNew();
        await Bench.ExecuteAsync(database, "VACUUM (ANALYZE) reporting.events, reporting.operator_states, reporting.appeals, reporting.operator_spans");
        Bench.Print($"VACUUM ANALYZE: {vacuum.Elapsed.TotalSeconds:N0} s");
        Bench.Print($"Appeals received in the month: {await Bench.ScalarAsync<long>(database, $"SELECT count(*) FROM reporting.appeals WHERE received_at >= '{Bench.Month.From:O}' AND received_at < '{Bench.Month.To:O}'"):N0}");
        await Bench.PrintTablesAsync(database);
        return 0;
    }

    private static async Task<long> WriteAsync(EventHistory history, IEnumerable<RecordedEvent> events, int batch)
    {
        long written = 0;
        await using var refresher = Bench.RefreshingQuarters(history);
        var segment = Stopwatch.StartNew();
        var timings = new List<double>();
        foreach (var chunk in events.Chunk(batch))
        {
            var one = Stopwatch.StartNew();
            await history.WriteAsync(chunk);
            timings.Add(one.Elapsed.TotalMilliseconds);
            written += chunk.Length;
            if (written % Progress < batch)
            {
                Bench.Print($"  {written,11:N0} events: {timings.Count * batch / segment.Elapsed.TotalSeconds,7:N0} events/s over the last {timings.Count * batch:N0}, per batch {Bench.Timings(timings)}");
                segment.Restart();
                timings.Clear();
            }
        }

        return written;
    }

    private static async Task<long> CopyAsync(NpgsqlDataSource database, EventHistory history, IEnumerable<RecordedEvent> events)
    {
        var copy = Stopwatch.StartNew();
        var states = new List<(Guid MessageId, OperatorState State, DateTime At)>();
        long written = 0;
        await using (var connection = await database.OpenConnectionAsync())
        {
            await using var import = await connection.BeginBinaryImportAsync(
                "COPY reporting.events (message_id, type, appeal_id, operator_id, occurred_at, payload) FROM STDIN (FORMAT BINARY)");
            foreach (var e in events)
            {
                await import.StartRowAsync();
                await import.WriteAsync(e.MessageId, NpgsqlDbType.Uuid);
                await import.WriteAsync(e.Type, NpgsqlDbType.Text);
                if (e.AppealId is { } appeal)
                {
                    await import.WriteAsync(appeal, NpgsqlDbType.Uuid);
                }
                else
                {
                    await import.WriteNullAsync();
                }

                if (e.OperatorId is { } op)
                {
                    await import.WriteAsync(op, NpgsqlDbType.Text);
                }
                else
                {
                    await import.WriteNullAsync();
                }

                await import.WriteAsync(e.OccurredAt.UtcDateTime, NpgsqlDbType.TimestampTz);
                await import.WriteAsync(e.Payload, NpgsqlDbType.Jsonb);
                if (e.State is { } state)
                {
                    states.Add((e.MessageId, state, e.OccurredAt.UtcDateTime));
                }

                written++;
            }

            await import.CompleteAsync();
        }

        await using (var connection = await database.OpenConnectionAsync())
        {
            await using var import = await connection.BeginBinaryImportAsync(
                "COPY reporting.operator_states (message_id, operator_id, at, rank, state, reason) FROM STDIN (FORMAT BINARY)");
            foreach (var (messageId, state, at) in states)
            {
                await import.StartRowAsync();
                await import.WriteAsync(messageId, NpgsqlDbType.Uuid);
                await import.WriteAsync(state.OperatorId, NpgsqlDbType.Text);
                await import.WriteAsync(at, NpgsqlDbType.TimestampTz);
                await import.WriteAsync(state.Rank, NpgsqlDbType.Smallint);
                await import.WriteAsync(state.State, NpgsqlDbType.Text);
                await import.WriteAsync(state.Reason, NpgsqlDbType.Text);
            }

            await import.CompleteAsync();
        }

        Bench.Print($"  COPY of {written:N0} events and {states.Count:N0} operator states: {copy.Elapsed.TotalSeconds:N0} s");
        await Bench.ExecuteAsync(database, "ANALYZE reporting.events, reporting.operator_states");
        var rebuild = Stopwatch.StartNew();
        await history.RebuildAsync();
        Bench.Print($"  EventHistory.RebuildAsync: {rebuild.Elapsed.TotalSeconds:N0} s");
        return written;
    }
}
