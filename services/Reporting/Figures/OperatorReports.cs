using Ukc.Contracts;
using Npgsql;
using Ukc.Reporting.Ingest;

namespace Ukc.Reporting.Figures;

/// <summary>One operator's period: appeals answered (of those queued in it), handle time, occupancy, and seconds in each state.</summary>
public sealed record OperatorFigures(
    string OperatorId,
    string? Name,
    long Answered,
    double? AhtSeconds,
    double? Occupancy,
    IReadOnlyDictionary<string, double> SecondsByState);

/// <summary>A stretch of an operator's day in one state, and why it began; <see cref="To"/> is null while it lasts.</summary>
public sealed record OperatorSpan(DateTimeOffset From, DateTimeOffset? To, string State, string Reason);

public sealed class OperatorReports(NpgsqlDataSource database, FigureQueries figures)
{
    public async Task<IReadOnlyList<OperatorFigures>> ForPeriodAsync(ReportPeriod period, CancellationToken cancellationToken)
    {
        var counts = await figures.CountAsync([new ReportInterval(period.From, period.To)], Grouping.Operator, cancellationToken);
        var names = await NamesAsync(cancellationToken);
        return [.. counts.Where(c => c.Key.Group is not null).OrderBy(c => c.Key.Group, StringComparer.Ordinal).Select(c =>
        {
            var shown = c.Value.ToFigures(hasOperatorTime: true);
            return new OperatorFigures(c.Key.Group!, names.GetValueOrDefault(c.Key.Group!), shown.Answered, shown.AhtSeconds, shown.Occupancy,
                OperatorStates.All.ToDictionary(s => s, s => c.Value.SecondsByState.GetValueOrDefault(s)));
        })];
    }

    /// <summary>The spans that overlap the period, whole, in order.</summary>
    public async Task<IReadOnlyList<OperatorSpan>> TimelineAsync(string operatorId, ReportPeriod period, CancellationToken cancellationToken)
    {
        await using var command = database.CreateCommand("""
            SELECT started_at, ended_at, state, reason FROM reporting.operator_spans
            WHERE operator_id = @operator AND started_at < @to AND (ended_at IS NULL OR ended_at > @from)
            ORDER BY started_at
            """);
        command.Parameters.AddWithValue("operator", operatorId);
        command.Parameters.AddWithValue("from", period.From);
        command.Parameters.AddWithValue("to", period.To);
        var spans = new List<OperatorSpan>();
        await using var row = await command.ExecuteReaderAsync(cancellationToken);
        while (await row.ReadAsync(cancellationToken))
        {
            spans.Add(new OperatorSpan(
                KyivTime.InKyiv(row.GetFieldValue<DateTimeOffset>(0)),
                row.IsDBNull(1) ? null : KyivTime.InKyiv(row.GetFieldValue<DateTimeOffset>(1)),
                row.GetString(2), row.GetString(3)));
        }

        return spans;
    }

    private async Task<Dictionary<string, string>> NamesAsync(CancellationToken cancellationToken)
    {
        await using var command = database.CreateCommand("""
            SELECT DISTINCT ON (operator_id) operator_id, payload ->> 'name' FROM reporting.events
            WHERE type = 'OperatorRosterChanged' ORDER BY operator_id, occurred_at DESC, message_id
            """);
        var names = new Dictionary<string, string>();
        await using var row = await command.ExecuteReaderAsync(cancellationToken);
        while (await row.ReadAsync(cancellationToken))
        {
            if (!row.IsDBNull(1))
            {
                names[row.GetString(0)] = row.GetString(1);
            }
        }

        return names;
    }
}
