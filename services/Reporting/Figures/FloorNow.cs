using System.Text.Json;
using Npgsql;

namespace Ukc.Reporting.Figures;

/// <summary>The floor at this moment: who waits in which queue, what the operators are doing, which alerts are on.</summary>
public sealed record FloorNow(
    IReadOnlyDictionary<string, long> WaitingNow,
    double? LongestWaitSeconds,
    IReadOnlyDictionary<string, long> OperatorsByState,
    IReadOnlyList<ActiveAlert> ActiveAlerts);

public sealed record ActiveAlert(Guid AlertId, string Kind, IReadOnlyList<string> Regions, DateTimeOffset Since);

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
                var alert = JsonSerializer.Deserialize<Contracts.RegionalAlertChanged>(row.GetString(0), UkcJson.Options)!;
                alerts.Add(new ActiveAlert(alert.AlertId, alert.Kind, alert.Regions, row.GetFieldValue<DateTimeOffset>(1)));
            }
        }

        return new FloorNow(waiting, longest is null ? null : Math.Max(0, (now - longest.Value).TotalSeconds), states, alerts);
    }
}
