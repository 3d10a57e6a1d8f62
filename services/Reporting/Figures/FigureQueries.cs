using Microsoft.Extensions.Options;
using Npgsql;

namespace Ukc.Reporting.Figures;

/// <summary>
/// Counts the figures of each interval and group: the whole quarter hours in it from the quarters' kept figures,
/// the rest and the quarters not yet counted again from the appeal rows, and operators' time from their spans.
/// </summary>
public sealed class FigureQueries(NpgsqlDataSource database, IOptions<ReportingOptions> options, TimeProvider time)
{
    private static readonly string StateTimes = EmbeddedScript.Read(typeof(FigureQueries).Assembly, "state-times.sql");

    /// <param name="intervals">In order, contiguous, each boundary but the first and last on a quarter hour, as <see cref="ReportPeriod.Intervals"/> gives them.</param>
    internal async Task<Dictionary<(DateTimeOffset Start, string? Group), FigureCounts>> CountAsync(
        IReadOnlyList<ReportInterval> intervals, Grouping grouping, CancellationToken cancellationToken)
    {
        var starts = intervals.Select(i => i.Start).ToArray();
        var counts = new Dictionary<(DateTimeOffset, string?), FigureCounts>();
        FigureCounts At(NpgsqlDataReader row, int groupColumn = 2)
        {
            // The interval a row's quarter or piece of time begins in: the last that starts at or before it.
            var index = Array.BinarySearch(starts, row.GetFieldValue<DateTimeOffset>(0));
            var key = (starts[index >= 0 ? index : ~index - 1], row.IsDBNull(groupColumn) ? null : row.GetString(groupColumn));
            if (!counts.TryGetValue(key, out var found))
            {
                counts[key] = found = new FigureCounts();
            }

            return found;
        }

        // The whole quarters of the intervals are one run, [first, last): the intervals are contiguous and their
        // boundaries but the period's own are quarter hours. The rest is read from the appeal rows, piece by piece.
        var pieces = new List<ReportInterval>();
        DateTimeOffset? first = null, last = null;
        foreach (var interval in intervals)
        {
            var (from, to) = (Ceiling(interval.Start), Floor(interval.End));
            if (from >= to)
            {
                pieces.Add(interval);
                continue;
            }

            first ??= from;
            last = to;
            if (interval.Start < from)
            {
                pieces.Add(new ReportInterval(interval.Start, from));
            }

            if (to < interval.End)
            {
                pieces.Add(new ReportInterval(to, interval.End));
            }
        }

        // One snapshot for every query: a quarter not marked stale in it has kept figures that are its rows' own.
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(System.Data.IsolationLevel.RepeatableRead, cancellationToken);
        if (first is { } whole)
        {
            var stale = await StaleQuartersAsync(connection, whole, last!.Value, cancellationToken);
            pieces.AddRange(stale.Select(q => new ReportInterval(q, q + ReportPeriod.QuarterHour)));
            await ReadAsync(QuarterRows(connection, "queue_quarters", grouping, whole, last.Value, stale), r => At(r).AddQueue(r), cancellationToken);
            await ReadAsync(QuarterRows(connection, "arrival_quarters", grouping, whole, last.Value, stale), r => At(r).AddArrivals(r), cancellationToken);
        }

        if (pieces.Count > 0)
        {
            await ReadAsync(AppealAggregates.Command(connection, AppealAggregates.Queue, [grouping], pieces, options.Value), r => At(r).AddQueue(r), cancellationToken);
            await ReadAsync(AppealAggregates.Command(connection, AppealAggregates.Arrival, [grouping], pieces, options.Value), r => At(r).AddArrivals(r), cancellationToken);
        }

        if (grouping.SpanColumn() is { } spanColumn)
        {
            var command = new NpgsqlCommand(StateTimes.Replace("{group}", spanColumn, StringComparison.Ordinal), connection);
            command.Parameters.AddWithValue("starts", starts);
            command.Parameters.AddWithValue("ends", intervals.Select(i => i.End).ToArray());
            command.Parameters.AddWithValue("now", time.GetUtcNow());
            await ReadAsync(command, row => At(row, groupColumn: 1).SecondsByState[row.GetString(2)] = row.GetDouble(3), cancellationToken);
        }

        return counts;
    }

    private static async Task<DateTimeOffset[]> StaleQuartersAsync(NpgsqlConnection connection, DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken)
    {
        var stale = new List<DateTimeOffset>();
        var command = new NpgsqlCommand("SELECT quarter FROM reporting.stale_quarters WHERE quarter >= @from AND quarter < @to", connection);
        command.Parameters.AddWithValue("from", from);
        command.Parameters.AddWithValue("to", to);
        await ReadAsync(command, row => stale.Add(row.GetFieldValue<DateTimeOffset>(0)), cancellationToken);
        return [.. stale];
    }

    private static NpgsqlCommand QuarterRows(
        NpgsqlConnection connection, string table, Grouping grouping, DateTimeOffset from, DateTimeOffset to, DateTimeOffset[] stale)
    {
        var command = new NpgsqlCommand(
            $"SELECT * FROM reporting.{table} WHERE grouping = @grouping AND quarter >= @from AND quarter < @to AND quarter <> ALL(@stale)", connection);
        command.Parameters.AddWithValue("grouping", grouping.Name());
        command.Parameters.AddWithValue("from", from);
        command.Parameters.AddWithValue("to", to);
        command.Parameters.AddWithValue("stale", stale);
        return command;
    }

    private static async Task ReadAsync(NpgsqlCommand command, Action<NpgsqlDataReader> read, CancellationToken cancellationToken)
    {
        await using (command)
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                read(reader);
            }
        }
    }

    private static DateTimeOffset Floor(DateTimeOffset at) => ReportPeriod.Floor(at, ReportPeriod.QuarterHour);

    private static DateTimeOffset Ceiling(DateTimeOffset at) => Floor(at) == at ? at : Floor(at) + ReportPeriod.QuarterHour;
}
