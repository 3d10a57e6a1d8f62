using System.Text.Json;
using Npgsql;
using Ukc.Contracts;

namespace Ukc.Reporting.Figures;

/// <summary>Reads the floor now from the appeal rows, the open operator spans and the alert events.</summary>
public sealed class FloorQueries(NpgsqlDataSource database, TimeProvider time)
{
    public async Task<FloorNow> NowAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        await using var connection = await database.OpenConnectionAsync(cancellationToken);

        var waiting = new SortedDictionary<string, long>(StringComparer.Ordinal);
        DateTimeOffset? longest = null;
        await using (var queues = new NpgsqlCommand("""
            SELECT coalesce(queue, ''), count(*), min(queued_at) FROM reporting.appeals
            WHERE status IN ('queued', 'offered') GROUP BY 1
            """, connection))
        await using (var row = await queues.ExecuteReaderAsync(cancellationToken))
        {
            while (await row.ReadAsync(cancellationToken))
            {
                waiting[row.GetString(0)] = row.GetInt64(1);
                if (!row.IsDBNull(2) && (longest is null || row.GetFieldValue<DateTimeOffset>(2) < longest))
                {
                    longest = row.GetFieldValue<DateTimeOffset>(2);
                }
            }
        }

        var states = new SortedDictionary<string, long>(StringComparer.Ordinal);
        await using (var operators = new NpgsqlCommand(
            "SELECT state, count(*) FROM reporting.operator_spans WHERE ended_at IS NULL GROUP BY state", connection))
        await using (var row = await operators.ExecuteReaderAsync(cancellationToken))
        {
            while (await row.ReadAsync(cancellationToken))
            {
                states[row.GetString(0)] = row.GetInt64(1);
            }
        }

        var people = new List<OperatorNow>();
        await using (var open = new NpgsqlCommand("""
            SELECT s.operator_id, n.name, s.state, s.started_at FROM reporting.operator_spans s
            LEFT JOIN LATERAL (
                SELECT payload ->> 'name' AS name FROM reporting.events e
                WHERE e.type = 'OperatorRosterChanged' AND e.operator_id = s.operator_id
                ORDER BY e.occurred_at DESC, e.message_id LIMIT 1) AS n ON true
            WHERE s.ended_at IS NULL AND s.state <> 'offline'
            ORDER BY s.started_at, s.operator_id
            """, connection))
        await using (var row = await open.ExecuteReaderAsync(cancellationToken))
        {
            while (await row.ReadAsync(cancellationToken))
            {
                people.Add(new OperatorNow(
                    row.GetString(0), row.IsDBNull(1) ? null : row.GetString(1), row.GetString(2),
                    KyivTime.InKyiv(row.GetFieldValue<DateTimeOffset>(3))));
            }
        }

        var alerts = new List<ActiveAlert>();
        await using (var latest = new NpgsqlCommand("""
            SELECT payload, occurred_at FROM (
                SELECT DISTINCT ON (payload ->> 'alertId') payload, occurred_at FROM reporting.events
                WHERE type = 'RegionalAlertChanged'
                ORDER BY payload ->> 'alertId', occurred_at DESC, message_id) AS last
            WHERE (payload ->> 'active')::boolean
            ORDER BY occurred_at
            """, connection))
        await using (var row = await latest.ExecuteReaderAsync(cancellationToken))
        {
            while (await row.ReadAsync(cancellationToken))
            {
                var alert = JsonSerializer.Deserialize<RegionalAlertChanged>(row.GetString(0), UkcJson.Options)!;
                alerts.Add(new ActiveAlert(alert.AlertId, alert.Kind, alert.Regions, KyivTime.InKyiv(row.GetFieldValue<DateTimeOffset>(1))));
            }
        }

        return new FloorNow(waiting, longest is null ? null : Math.Max(0, (now - longest.Value).TotalSeconds), states, alerts, people);
    }
}
