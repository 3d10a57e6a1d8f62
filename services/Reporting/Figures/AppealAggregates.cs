using Npgsql;

namespace Ukc.Reporting.Figures;

/// <summary>
/// The two figure queries over the appeal rows (<c>queue-figures.sql</c>, <c>arrival-figures.sql</c>), for pieces of
/// time and groupings: what the quarters are kept from, and what the part of a period that is not whole quarters is
/// read from.
/// </summary>
internal static class AppealAggregates
{
    public static readonly string Queue = EmbeddedScript.Read(typeof(AppealAggregates).Assembly, "queue-figures.sql");
    public static readonly string Arrival = EmbeddedScript.Read(typeof(AppealAggregates).Assembly, "arrival-figures.sql");

    /// <param name="prefix">SQL put before the query, such as the <c>INSERT</c> that keeps its rows.</param>
    public static NpgsqlCommand Command(
        NpgsqlConnection connection, string script, IEnumerable<Grouping> groupings,
        IReadOnlyList<ReportInterval> pieces, ReportingOptions settings, string prefix = "")
    {
        var values = string.Join(", ", groupings.Select(g => $"('{g.Name()}', {g.AppealColumn()})"));
        var command = new NpgsqlCommand(prefix + script.Replace("{groupings}", values, StringComparison.Ordinal), connection) { CommandTimeout = 0 };
        command.Parameters.AddWithValue("starts", pieces.Select(p => p.Start).ToArray());
        command.Parameters.AddWithValue("ends", pieces.Select(p => p.End).ToArray());
        if (script == Queue)
        {
            command.Parameters.AddWithValue("short_abandon", settings.ShortAbandon);
            command.Parameters.AddWithValue("threshold", settings.ServiceLevelThreshold);
            command.Parameters.AddWithValue("priorities", settings.Targets.Keys.ToArray());
            command.Parameters.AddWithValue("targets", settings.Targets.Values.ToArray());
        }

        return command;
    }
}
