using Microsoft.Extensions.Options;
using Npgsql;
using Ukc.Reporting.Figures;

namespace Ukc.Reporting.Ingest;

/// <summary>
/// Keeps the figures of each quarter hour (<c>reporting.queue_quarters</c>, <c>reporting.arrival_quarters</c>) in step
/// with the appeal rows. The transaction that changes an appeal row marks its quarter stale; a stale quarter is
/// counted again from its appeal rows a moment later, once for all the batches that marked it meanwhile, and until
/// then reports count it from the appeal rows. The kept figures a report uses are therefore always the rows' own.
/// </summary>
public sealed class QuarterFigures(IOptions<ReportingOptions> options)
{
    /// <summary>
    /// Marks the quarters the appeals are in now. Run before and after their rows are laid out again, so that both a
    /// quarter an appeal left (an earlier event came late) and the one it joined are computed again.
    /// </summary>
    internal static NpgsqlBatchCommand MarkAppeals(Guid[] appeals)
    {
        var command = new NpgsqlBatchCommand("""
            INSERT INTO reporting.stale_quarters (quarter)
            SELECT DISTINCT reporting.quarter(at)
            FROM reporting.appeals a CROSS JOIN LATERAL (VALUES (a.received_at), (a.queued_at)) AS t(at)
            WHERE a.appeal_id = ANY(@appeals) AND at IS NOT NULL
            ON CONFLICT DO NOTHING
            """);
        command.Parameters.AddWithValue("appeals", appeals);
        return command;
    }

    /// <summary>Computes the stale quarters again from the appeal rows, and clears the marks.</summary>
    internal async Task RefreshAsync(NpgsqlConnection connection, CancellationToken cancellationToken)
    {
        var quarters = new List<DateTimeOffset>();
        await using (var stale = new NpgsqlCommand("DELETE FROM reporting.stale_quarters RETURNING quarter", connection))
        await using (var reader = await stale.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                quarters.Add(reader.GetFieldValue<DateTimeOffset>(0));
            }
        }

        if (quarters.Count == 0)
        {
            return;
        }

        var pieces = quarters.Order().Select(q => new ReportInterval(q, q + ReportPeriod.QuarterHour)).ToList();
        await using (var clear = new NpgsqlCommand("""
            DELETE FROM reporting.queue_quarters WHERE quarter = ANY(@quarters);
            DELETE FROM reporting.arrival_quarters WHERE quarter = ANY(@quarters);
            """, connection))
        {
            clear.Parameters.AddWithValue("quarters", pieces.Select(p => p.Start).ToArray());
            await clear.ExecuteNonQueryAsync(cancellationToken);
        }

        foreach (var (table, script) in new[] { ("queue_quarters", AppealAggregates.Queue), ("arrival_quarters", AppealAggregates.Arrival) })
        {
            await using var keep = AppealAggregates.Command(connection, script, Groupings.All, pieces, options.Value, $"INSERT INTO reporting.{table}\n");
            await keep.ExecuteNonQueryAsync(cancellationToken);
        }
    }

    /// <summary>Empties the kept quarters and marks every quarter that holds an appeal, to be counted all again.</summary>
    internal static async Task MarkAllAsync(NpgsqlConnection connection, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand("""
            TRUNCATE reporting.queue_quarters, reporting.arrival_quarters;
            INSERT INTO reporting.stale_quarters (quarter)
            SELECT reporting.quarter(received_at) FROM reporting.appeals WHERE received_at IS NOT NULL
            UNION SELECT reporting.quarter(queued_at) FROM reporting.appeals WHERE queued_at IS NOT NULL
            ON CONFLICT DO NOTHING
            """, connection) { CommandTimeout = 0 };
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <summary>
    /// Whether the quarters were computed with today's counting settings (short abandon, threshold, targets), and
    /// records today's; when they were not, every quarter must be computed again.
    /// </summary>
    internal async Task<bool> SettingsChangedAsync(NpgsqlConnection connection, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var current = $"short abandon {settings.ShortAbandon}; threshold {settings.ServiceLevelThreshold}; targets " +
            string.Join(", ", settings.Targets.OrderBy(t => t.Key, StringComparer.Ordinal).Select(t => $"{t.Key} {t.Value}"));
        await using var command = new NpgsqlCommand("""
            WITH old AS (DELETE FROM reporting.quarter_settings RETURNING settings)
            INSERT INTO reporting.quarter_settings (settings) SELECT @current
            RETURNING NOT EXISTS (SELECT FROM old WHERE settings = @current)
            """, connection);
        command.Parameters.AddWithValue("current", current);
        return (bool)(await command.ExecuteScalarAsync(cancellationToken))!;
    }
}
