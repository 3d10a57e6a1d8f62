using Ukc.Reporting.Ingest;

namespace Ukc.Reporting.Figures;

/// <summary>
/// The figures of one interval and group, as the README defines them; a rate with nothing to divide by is null.
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

/// <summary>The counts and sums the figures of one interval and group come from, as the queries return them.</summary>
internal sealed class FigureCounts
{
    public long Received { get; set; }
    public long Offered { get; set; }
    public long Answered { get; set; }
    public long Abandoned { get; set; }
    public long ShortAbandoned { get; set; }
    public long AnsweredInThreshold { get; set; }
    public long AnsweredInTarget { get; set; }
    public double? Asa { get; set; }
    public double? AsaP50 { get; set; }
    public double? AsaP90 { get; set; }
    public double? Aht { get; set; }
    public long AnsweredByFallback { get; set; }
    public long RepeatContacts { get; set; }
    public long CallbacksScheduled { get; set; }
    public long CallbacksDone { get; set; }
    public Dictionary<string, double> SecondsByState { get; } = [];

    /// <summary>Answered within its priority's own target, over the same denominator as the service level.</summary>
    public double? ServiceLevelWithinTarget => Ratio(AnsweredInTarget, Answered + Abandoned);

    public AppealFigures ToFigures(bool hasOperatorTime) => new()
    {
        Received = Received,
        Offered = Offered,
        Answered = Answered,
        Abandoned = Abandoned,
        ShortAbandoned = ShortAbandoned,
        ServiceLevel = Ratio(AnsweredInThreshold, Answered + Abandoned),
        AsaSeconds = Asa,
        AsaP50Seconds = AsaP50,
        AsaP90Seconds = AsaP90,
        AhtSeconds = Aht,
        AbandonmentRate = Ratio(Abandoned, Offered - ShortAbandoned),
        Occupancy = hasOperatorTime ? Ratio(Seconds(OperatorStates.Occupied), Seconds(OperatorStates.Staffed)) : null,
        CallbacksScheduled = CallbacksScheduled,
        CallbacksDone = CallbacksDone,
        RepeatContacts = RepeatContacts,
        FallbackShare = Ratio(AnsweredByFallback, Answered),
    };

    private double Seconds(IEnumerable<string> states) => states.Sum(s => SecondsByState.GetValueOrDefault(s));

    private static double? Ratio(double part, double whole) => whole > 0 ? part / whole : null;
}
