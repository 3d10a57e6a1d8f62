using Microsoft.Extensions.Options;
using Npgsql;

namespace Ukc.Reporting.Figures;

/// <summary>Runs the figure queries over the appeal rows and operator spans, per interval and group.</summary>
public sealed class FigureQueries(NpgsqlDataSource database, IOptions<ReportingOptions> options, TimeProvider time)
{
    private static readonly string QueueFigures = EmbeddedScript.Read(typeof(FigureQueries).Assembly, "queue-figures.sql");
    private static readonly string ArrivalFigures = EmbeddedScript.Read(typeof(FigureQueries).Assembly, "arrival-figures.sql");
    private static readonly string StateTimes = EmbeddedScript.Read(typeof(FigureQueries).Assembly, "state-times.sql");

    /// <param name="intervals">In order and not overlapping, as <see cref="ReportPeriod.Intervals"/> gives them.</param>
    internal async Task<Dictionary<(DateTimeOffset Start, string? Group), FigureCounts>> CountAsync(
        IReadOnlyList<ReportInterval> intervals, Grouping grouping, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var counts = new Dictionary<(DateTimeOffset, string?), FigureCounts>();
        FigureCounts At(NpgsqlDataReader row)
        {
            var key = (new DateTimeOffset(row.GetDateTime(0), TimeSpan.Zero), row.IsDBNull(1) ? null : row.GetString(1));
            if (!counts.TryGetValue(key, out var found))
            {
                counts[key] = found = new FigureCounts();
            }

            return found;
        }

        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        await ReadAsync(connection, QueueFigures, grouping.AppealColumn(), intervals, command =>
        {
            command.Parameters.AddWithValue("short_abandon", settings.ShortAbandon);
            command.Parameters.AddWithValue("threshold", settings.ServiceLevelThreshold);
            command.Parameters.AddWithValue("priorities", settings.Targets.Keys.ToArray());
            command.Parameters.AddWithValue("targets", settings.Targets.Values.ToArray());
        }, row =>
        {
            var c = At(row);
            c.Offered = row.GetInt64(2);
            c.Answered = row.GetInt64(3);
            c.Abandoned = row.GetInt64(4);
            c.ShortAbandoned = row.GetInt64(5);
            c.AnsweredInThreshold = row.GetInt64(6);
            c.AnsweredInTarget = row.GetInt64(7);
            c.Asa = Number(row, 8);
            c.AsaP50 = Number(row, 9);
            c.AsaP90 = Number(row, 10);
            c.Aht = Number(row, 11);
            c.AnsweredByFallback = row.GetInt64(12);
        }, cancellationToken);

        await ReadAsync(connection, ArrivalFigures, grouping.AppealColumn(), intervals, _ => { }, row =>
        {
            var c = At(row);
            c.Received = row.GetInt64(2);
            c.RepeatContacts = row.GetInt64(3);
            c.CallbacksScheduled = row.GetInt64(4);
            c.CallbacksDone = row.GetInt64(5);
        }, cancellationToken);

        if (grouping.SpanColumn() is { } spanColumn)
        {
            await ReadAsync(connection, StateTimes, spanColumn, intervals,
                command => command.Parameters.AddWithValue("now", time.GetUtcNow()),
                row => At(row).SecondsByState[row.GetString(2)] = row.GetDouble(3), cancellationToken);
        }

        return counts;
    }

    private static async Task ReadAsync(
        NpgsqlConnection connection, string sql, string group, IReadOnlyList<ReportInterval> intervals,
        Action<NpgsqlCommand> parameters, Action<NpgsqlDataReader> read, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(sql.Replace("{group}", group, StringComparison.Ordinal), connection);
        command.Parameters.AddWithValue("starts", intervals.Select(i => i.Start).ToArray());
        command.Parameters.AddWithValue("ends", intervals.Select(i => i.End).ToArray());
        parameters(command);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            read(reader);
        }
    }

    private static double? Number(NpgsqlDataReader row, int column) => row.IsDBNull(column) ? null : Convert.ToDouble(row.GetValue(column), System.Globalization.CultureInfo.InvariantCulture);
}
