using System.Buffers.Binary;
using Npgsql;
using Ukc.Contracts;
using Ukc.Reporting.Ingest;

namespace Ukc.Reporting.Figures;

/// <summary>
/// The counts and sums the figures of one interval and group come from, added up from the rows the queries return:
/// the quarters' kept figures and the pieces of time read from the appeal rows.
/// </summary>
internal sealed class FigureCounts
{
    private const double MicrosecondsPerSecond = 1_000_000;

    private readonly List<long> waitMicroseconds = [];

    public long Received { get; private set; }
    public long Offered { get; private set; }
    public long Answered { get; private set; }
    public long Abandoned { get; private set; }
    public long ShortAbandoned { get; private set; }
    public long AnsweredInThreshold { get; private set; }
    public long AnsweredInTarget { get; private set; }
    public long Handled { get; private set; }
    public decimal HandleSeconds { get; private set; }
    public long AnsweredByFallback { get; private set; }
    public long RepeatContacts { get; private set; }
    public long CallbacksScheduled { get; private set; }
    public long CallbacksDone { get; private set; }
    public Dictionary<string, double> SecondsByState { get; } = [];

    /// <summary>Answered within its priority's own target, over the same denominator as the service level.</summary>
    public double? ServiceLevelWithinTarget => Ratio(AnsweredInTarget, Answered + Abandoned);

    /// <summary>Adds a row of <c>queue-figures.sql</c> or <c>reporting.queue_quarters</c>.</summary>
    public void AddQueue(NpgsqlDataReader row)
    {
        Offered += row.GetInt64(3);
        Answered += row.GetInt64(4);
        Abandoned += row.GetInt64(5);
        ShortAbandoned += row.GetInt64(6);
        AnsweredInThreshold += row.GetInt64(7);
        AnsweredInTarget += row.GetInt64(8);
        var waits = row.GetFieldValue<byte[]>(9);
        for (var at = 0; at < waits.Length; at += sizeof(long))
        {
            waitMicroseconds.Add(BinaryPrimitives.ReadInt64BigEndian(waits.AsSpan(at)));
        }

        Handled += row.GetInt64(10);
        HandleSeconds += row.GetDecimal(11);
        AnsweredByFallback += row.GetInt64(12);
    }

    /// <summary>Adds a row of <c>arrival-figures.sql</c> or <c>reporting.arrival_quarters</c>.</summary>
    public void AddArrivals(NpgsqlDataReader row)
    {
        Received += row.GetInt64(3);
        RepeatContacts += row.GetInt64(4);
        CallbacksScheduled += row.GetInt64(5);
        CallbacksDone += row.GetInt64(6);
    }

    public AppealFigures ToFigures(bool hasOperatorTime)
    {
        waitMicroseconds.Sort();
        return new()
        {
            Received = Received,
            Offered = Offered,
            Answered = Answered,
            Abandoned = Abandoned,
            ShortAbandoned = ShortAbandoned,
            ServiceLevel = Ratio(AnsweredInThreshold, Answered + Abandoned),
            AsaSeconds = waitMicroseconds.Count > 0 ? waitMicroseconds.Sum() / (double)waitMicroseconds.Count / MicrosecondsPerSecond : null,
            AsaP50Seconds = NearestRank(0.5),
            AsaP90Seconds = NearestRank(0.9),
            AhtSeconds = Handled > 0 ? (double)(HandleSeconds / Handled) : null,
            AbandonmentRate = Ratio(Abandoned, Offered - ShortAbandoned),
            Occupancy = hasOperatorTime ? Ratio(Seconds(OperatorStates.Occupied), Seconds(OperatorStates.Staffed)) : null,
            CallbacksScheduled = CallbacksScheduled,
            CallbacksDone = CallbacksDone,
            RepeatContacts = RepeatContacts,
            FallbackShare = Ratio(AnsweredByFallback, Answered),
        };
    }

    /// <summary>The smallest wait that at least <paramref name="share"/> of the waits are at or under.</summary>
    private double? NearestRank(double share) => waitMicroseconds.Count > 0
        ? waitMicroseconds[(int)Math.Ceiling(share * waitMicroseconds.Count) - 1] / MicrosecondsPerSecond
        : null;

    private double Seconds(IEnumerable<string> states) => states.Sum(s => SecondsByState.GetValueOrDefault(s));

    private static double? Ratio(double part, double whole) => whole > 0 ? part / whole : null;
}
