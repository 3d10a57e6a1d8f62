using System.Text.Json.Serialization;

namespace Ukc.Contracts;

/// <summary>
/// The figures of one interval and group, as Reporting's README defines them; a rate with nothing to divide by is null.
/// Occupancy is the operators' and belongs to no category or region: it is there for the floor and per operator.
/// </summary>
public record AppealFigures
{
    public long Received { get; init; }

    public long Offered { get; init; }

    public long Answered { get; init; }

    public long Abandoned { get; init; }

    public long ShortAbandoned { get; init; }

    public double? ServiceLevel { get; init; }

    public double? AsaSeconds { get; init; }

    public double? AsaP50Seconds { get; init; }

    public double? AsaP90Seconds { get; init; }

    public double? AhtSeconds { get; init; }

    public double? AbandonmentRate { get; init; }

    public double? Occupancy { get; init; }

    public long CallbacksScheduled { get; init; }

    public long CallbacksDone { get; init; }

    public long RepeatContacts { get; init; }

    public double? FallbackShare { get; init; }
}

/// <summary>A period's figures, with each priority's service level against its own target, and the floor now.</summary>
public sealed record Summary : AppealFigures
{
    // The parameterless constructor is the one JSON reading uses.
    [JsonConstructor]
    public Summary()
    {
    }

    public Summary(AppealFigures figures) : base(figures)
    {
    }

    public required DateTimeOffset From { get; init; }

    public required DateTimeOffset To { get; init; }

    /// <summary>The answer time the service level counts within.</summary>
    public required double ServiceLevelThresholdSeconds { get; init; }

    /// <summary>The service level the center aims for, a share from 0 to 1.</summary>
    public required double TargetServiceLevel { get; init; }

    public required IReadOnlyDictionary<string, PriorityServiceLevel> ServiceLevelByPriority { get; init; }

    public required IReadOnlyDictionary<string, long> WaitingNow { get; init; }

    public required double? LongestWaitSeconds { get; init; }
}

public sealed record PriorityServiceLevel(double TargetSeconds, long Offered, long Answered, double? ServiceLevel);

/// <summary>One interval's figures for one group; <see cref="Group"/> is null when the report is not split.</summary>
public sealed record IntervalFigures : AppealFigures
{
    [JsonConstructor]
    public IntervalFigures()
    {
    }

    public IntervalFigures(AppealFigures figures) : base(figures)
    {
    }

    public required DateTimeOffset Start { get; init; }

    public required DateTimeOffset End { get; init; }

    public required string? Group { get; init; }
}

/// <summary>The floor at this moment: who waits in which queue, what the operators are doing, which alerts are on.</summary>
/// <param name="Operators">Every operator not offline, in the state they are in now.</param>
public sealed record FloorNow(
    IReadOnlyDictionary<string, long> WaitingNow,
    double? LongestWaitSeconds,
    IReadOnlyDictionary<string, long> OperatorsByState,
    IReadOnlyList<ActiveAlert> ActiveAlerts,
    IReadOnlyList<OperatorNow> Operators);

/// <param name="Kind"><c>air_raid</c> or <c>power_outage</c>.</param>
public sealed record ActiveAlert(Guid AlertId, string Kind, IReadOnlyList<string> Regions, DateTimeOffset Since);

/// <summary>An operator's state now and since when; the name is the roster's, when Reporting has heard it.</summary>
public sealed record OperatorNow(string OperatorId, string? Name, string State, DateTimeOffset Since);

/// <summary>What the wallboard shows: the floor now and today's figures so far.</summary>
public sealed record LiveFloor(DateTimeOffset At, FloorNow Floor, Summary Today);

/// <summary>One Kyiv hour: the appeals that came beside the appeals Staffing forecast for it.</summary>
public sealed record ForecastHour(DateTimeOffset Hour, long Actual, double? Forecast);

/// <param name="MeanAbsoluteError">Over the hours that have a forecast.</param>
/// <param name="MeanAbsolutePercentageError">Over the hours that have a forecast and at least one appeal.</param>
public sealed record ForecastAccuracyReport(IReadOnlyList<ForecastHour> Hours, double? MeanAbsoluteError, double? MeanAbsolutePercentageError);
