namespace Ukc.Reporting.Figures;

/// <summary>What a report's figures are split by (<c>by=</c>).</summary>
public enum Grouping
{
    None,
    Category,
    Region,
    Channel,
    Priority,
    Queue,
    Operator,
}

public static class Groupings
{
    public static readonly IReadOnlyList<string> Names = ["category", "region", "channel", "priority", "queue", "operator"];

    public static Dictionary<string, string[]>? Parse(string? by, out Grouping grouping)
    {
        grouping = by is null ? Grouping.None : Enum.TryParse<Grouping>(by, ignoreCase: true, out var parsed) && parsed != Grouping.None && Names.Contains(by) ? parsed : Grouping.None;
        return by is not null && grouping == Grouping.None
            ? new() { ["by"] = [$"'{by}' is not something reports split by: {string.Join(", ", Names)}."] }
            : null;
    }

    public static IEnumerable<Grouping> All => Enum.GetValues<Grouping>();

    /// <summary>How the grouping is named in <c>by=</c> and in the quarters' rows.</summary>
    public static string Name(this Grouping grouping) => grouping.ToString().ToLowerInvariant();

    /// <summary>The column of an appeal row a grouping splits by; the category is the one the operator found, where they corrected it.</summary>
    public static string AppealColumn(this Grouping grouping) => grouping switch
    {
        Grouping.Category => "coalesce(a.corrected_category, a.category)",
        Grouping.Region => "a.region",
        Grouping.Channel => "a.channel",
        Grouping.Priority => "a.priority",
        Grouping.Queue => "a.queue",
        Grouping.Operator => "a.operator_id",
        _ => "NULL::text",
    };

    /// <summary>Operators' time splits by operator, or not at all: it belongs to no category or region.</summary>
    public static string? SpanColumn(this Grouping grouping) => grouping switch
    {
        Grouping.Operator => "sp.operator_id",
        Grouping.None => "NULL::text",
        _ => null,
    };
}
