using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Json;
using Npgsql;

namespace Ukc.Reporting.Figures;

/// <summary>The appeals a drill-down lists: received in the period, and matching every filter given.</summary>
public sealed record AppealFilter(
    ReportPeriod Period,
    string? Status = null,
    string? Category = null,
    string? Region = null,
    string? Operator = null,
    string? Channel = null,
    string? Priority = null,
    bool? Abandoned = null);

/// <summary>One appeal in a drill-down or export: its way and its times, no personal data.</summary>
/// <param name="WaitedSeconds">From reaching the queue to an answer, to leaving, or to now while it still waits.</param>
/// <param name="HandleSeconds">From the answer to resolving it, with the wrap-up after.</param>
public sealed record AppealRow(
    Guid Id,
    string Status,
    string? Channel,
    string? Region,
    string? Category,
    string? CorrectedCategory,
    string? Priority,
    string? Queue,
    string? OperatorId,
    string? Fallback,
    int Attempts,
    DateTimeOffset? ReceivedAt,
    DateTimeOffset? QueuedAt,
    DateTimeOffset? AssignedAt,
    DateTimeOffset? ResolvedAt,
    DateTimeOffset? AbandonedAt,
    DateTimeOffset? CallbackScheduledAt,
    Guid? RepeatOf,
    double? WaitedSeconds,
    double? HandleSeconds);

/// <summary>The full record of one appeal and every event of it, as the archive keeps them.</summary>
public sealed record AppealRecord(
    AppealRow Appeal,
    string? Text,
    string? Name,
    string? Phone,
    DateTimeOffset? PersonalDataErasedAt,
    string? Language,
    int? Distress,
    string? Resolution,
    string? AbandonReason,
    IReadOnlyList<TimelineEvent> Timeline);

public sealed record TimelineEvent(string Type, DateTimeOffset At, string? OperatorId, JsonElement Details);

public sealed class AppealRows(NpgsqlDataSource database, TimeProvider time)
{
    public const int PageSize = 50;

    private const string Columns = """
        a.appeal_id, a.status, a.channel, a.region, a.category, a.corrected_category, a.priority, a.queue, a.operator_id,
        a.fallback, a.attempts, a.received_at, a.queued_at, a.assigned_at, a.resolved_at, a.abandoned_at,
        a.callback_scheduled_at, a.repeat_of,
        extract(epoch FROM coalesce(a.assigned_at, a.abandoned_at, @now) - a.queued_at),
        extract(epoch FROM a.resolved_at - a.assigned_at) + coalesce(a.wrap_up_seconds, 0)
        """;

    public async Task<long> CountAsync(AppealFilter filter, CancellationToken cancellationToken)
    {
        await using var command = Select(filter, "count(*)", "");
        return (long)(await command.ExecuteScalarAsync(cancellationToken))!;
    }

    /// <summary>The matching appeals, oldest first, read from the database as they are sent: a year streams in constant memory.</summary>
    public async IAsyncEnumerable<AppealRow> ReadAsync(
        AppealFilter filter, int? page, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var paging = page is { } p ? $" LIMIT {PageSize} OFFSET {(long)(p - 1) * PageSize}" : "";
        await using var command = Select(filter, Columns, " ORDER BY a.received_at, a.appeal_id" + paging);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            yield return Row(reader);
        }
    }

    public async Task<AppealRecord?> FindAsync(Guid id, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        await using var command = new NpgsqlCommand($"""
            SELECT {Columns}, a.text, a.name, a.phone, a.personal_data_erased_at, a.language, a.distress, a.resolution, a.abandon_reason
            FROM reporting.appeals a WHERE a.appeal_id = @id
            """, connection);
        command.Parameters.AddWithValue("id", id);
        command.Parameters.AddWithValue("now", time.GetUtcNow());
        AppealRow row;
        object?[] more = new object?[8];
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
        {
            if (!await reader.ReadAsync(cancellationToken))
            {
                return null;
            }

            row = Row(reader);
            for (var i = 0; i < more.Length; i++)
            {
                more[i] = reader.IsDBNull(20 + i) ? null : reader.GetValue(20 + i);
            }
        }

        var timeline = new List<TimelineEvent>();
        await using var events = new NpgsqlCommand(
            "SELECT type, occurred_at, operator_id, payload FROM reporting.events WHERE appeal_id = @id ORDER BY occurred_at, message_id", connection);
        events.Parameters.AddWithValue("id", id);
        await using (var reader = await events.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                timeline.Add(new TimelineEvent(
                    reader.GetString(0), reader.GetFieldValue<DateTimeOffset>(1), reader.IsDBNull(2) ? null : reader.GetString(2),
                    JsonDocument.Parse(reader.GetString(3)).RootElement));
            }
        }

        return new AppealRecord(row, (string?)more[0], (string?)more[1], (string?)more[2], more[3] is DateTime erased ? new DateTimeOffset(erased, TimeSpan.Zero) : null,
            (string?)more[4], (int?)more[5], (string?)more[6], (string?)more[7], timeline);
    }

    private NpgsqlCommand Select(AppealFilter filter, string columns, string tail)
    {
        var sql = new StringBuilder($"SELECT {columns} FROM reporting.appeals a WHERE a.received_at >= @from AND a.received_at < @to");
        var command = database.CreateCommand();
        command.Parameters.AddWithValue("from", filter.Period.From);
        command.Parameters.AddWithValue("to", filter.Period.To);
        command.Parameters.AddWithValue("now", time.GetUtcNow());
        void Where(string condition, string name, object? value)
        {
            if (value is not null)
            {
                sql.Append(" AND ").Append(condition);
                command.Parameters.AddWithValue(name, value);
            }
        }

        Where("a.status = @status", "status", filter.Status);
        Where("coalesce(a.corrected_category, a.category) = @category", "category", filter.Category);
        Where("a.region = @region", "region", filter.Region);
        Where("a.operator_id = @operator", "operator", filter.Operator);
        Where("a.channel = @channel", "channel", filter.Channel);
        Where("a.priority = @priority", "priority", filter.Priority);
        Where("(a.abandoned_at IS NOT NULL AND a.assigned_at IS NULL) = @abandoned", "abandoned", filter.Abandoned);
        command.CommandText = sql.Append(tail).ToString();
        return command;
    }

    private static AppealRow Row(NpgsqlDataReader r) => new(
        r.GetGuid(0), r.GetString(1), Text(r, 2), Text(r, 3), Text(r, 4), Text(r, 5), Text(r, 6), Text(r, 7), Text(r, 8), Text(r, 9),
        r.GetInt32(10), Time(r, 11), Time(r, 12), Time(r, 13), Time(r, 14), Time(r, 15), Time(r, 16),
        r.IsDBNull(17) ? null : r.GetGuid(17), Number(r, 18), Number(r, 19));

    private static string? Text(NpgsqlDataReader r, int column) => r.IsDBNull(column) ? null : r.GetString(column);

    private static DateTimeOffset? Time(NpgsqlDataReader r, int column) => r.IsDBNull(column) ? null : r.GetFieldValue<DateTimeOffset>(column);

    private static double? Number(NpgsqlDataReader r, int column) =>
        r.IsDBNull(column) ? null : Convert.ToDouble(r.GetValue(column), System.Globalization.CultureInfo.InvariantCulture);
}
