using System.Text.Json;
using Npgsql;
using Ukc.Reporting.Figures;

namespace Ukc.Reporting.Audit;

/// <summary>
/// Who did what and when: every stored event with an actor — a supervisor's or admin's change (roster, shifts,
/// alerts, presence, appeals, accounts, a rebuild of the reports) and every sign-in attempt at the gateway, failed or not.
/// </summary>
public sealed class AuditTrail(NpgsqlDataSource database)
{
    public const int PageSize = 100;

    /// <summary>A page of the period's entries, newest first, optionally of one actor only.</summary>
    public async Task<AuditPage> ReadAsync(ReportPeriod period, string? actor, int page, CancellationToken cancellationToken)
    {
        await using var command = database.CreateCommand("""
            SELECT occurred_at, actor, type, appeal_id, operator_id, payload::text, count(*) OVER ()
            FROM reporting.events
            WHERE actor IS NOT NULL AND occurred_at >= @from AND occurred_at < @to AND (@actor::text IS NULL OR actor = @actor)
            ORDER BY occurred_at DESC, message_id
            LIMIT @limit OFFSET @offset
            """);
        command.Parameters.AddWithValue("from", period.From.ToUniversalTime());
        command.Parameters.AddWithValue("to", period.To.ToUniversalTime());
        command.Parameters.Add(new NpgsqlParameter("actor", NpgsqlTypes.NpgsqlDbType.Text) { Value = (object?)actor ?? DBNull.Value });
        command.Parameters.AddWithValue("limit", PageSize);
        command.Parameters.AddWithValue("offset", (page - 1) * PageSize);

        var entries = new List<AuditEntry>();
        long total = 0;
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            total = reader.GetInt64(6);
            entries.Add(new AuditEntry(
                reader.GetFieldValue<DateTimeOffset>(0),
                reader.GetString(1),
                reader.GetString(2),
                reader.IsDBNull(3) ? null : reader.GetGuid(3),
                reader.IsDBNull(4) ? null : reader.GetString(4),
                JsonDocument.Parse(reader.GetString(5)).RootElement.Clone()));
        }

        return new AuditPage(page, PageSize, total, entries);
    }
}

/// <param name="Action">The event that announced it, by its name in the contracts: <c>OperatorRosterChanged</c>, <c>SignInAttempted</c>, ...</param>
/// <param name="Details">The event itself.</param>
public sealed record AuditEntry(DateTimeOffset At, string Actor, string Action, Guid? AppealId, string? OperatorId, JsonElement Details);

/// <param name="Total">Entries in the period, over all pages (0 when the page is beyond the end).</param>
public sealed record AuditPage(int Page, int PageSize, long Total, IReadOnlyList<AuditEntry> Entries);
