using Ukc.Contracts;
using System.Globalization;

namespace Ukc.Staffing.Domain;

/// <summary>
/// How many operators an hour needs, or, given <see cref="Operators"/>, what service level they give.
/// With <see cref="PatienceSeconds"/> the answer comes from Erlang A (callers give up), otherwise Erlang C.
/// </summary>
public sealed record StaffingQuestion(
    double ArrivalsPerHour,
    double AhtSeconds,
    double TargetServiceLevel = 0.8,
    double AnswerSeconds = 20,
    double Shrinkage = 0,
    int? Operators = null,
    double? PatienceSeconds = null) : IRequestBody
{
    public static string InvalidTitle => "The staffing question cannot be answered.";

    /// <summary>Beyond this the recursion would still be exact, but no contact center carries such traffic.</summary>
    public const double MaxTrafficErlangs = 1_000_000;

    /// <summary>Erlang A follows every caller in the queue, so it takes less traffic than Erlang C.</summary>
    public const double MaxErlangATrafficErlangs = 10_000;

    public const double MaxAnswerSeconds = 3_600;

    public const double MaxPatienceSeconds = 86_400;

    public double TrafficErlangs => ArrivalsPerHour * AhtSeconds / 3600;

    /// <summary>Each field that is wrong and why; null when the question can be answered.</summary>
    public Dictionary<string, string[]>? Validate()
    {
        var errors = new Dictionary<string, string[]>();
        if (!(ArrivalsPerHour > 0) || double.IsInfinity(ArrivalsPerHour))
        {
            errors["arrivalsPerHour"] = ["Arrivals per hour must be a number above zero."];
        }

        if (!(AhtSeconds > 0) || double.IsInfinity(AhtSeconds))
        {
            errors["ahtSeconds"] = ["The average handle time must be a number of seconds above zero."];
        }

        if (!(TargetServiceLevel > 0 && TargetServiceLevel < 1))
        {
            errors["targetServiceLevel"] = ["The service-level target is a share strictly between 0 and 1, such as 0.8 for 80%."];
        }

        if (!(AnswerSeconds is >= 0 and <= MaxAnswerSeconds))
        {
            errors["answerSeconds"] = [$"The answer time is 0 to {MaxAnswerSeconds:0} seconds."];
        }

        if (!(Shrinkage >= 0 && Shrinkage < 1))
        {
            errors["shrinkage"] = ["Shrinkage is the share of paid time off the phones, from 0 up to but not including 1."];
        }

        if (Operators is <= 0)
        {
            errors["operators"] = ["The number of operators must be above zero."];
        }

        if (PatienceSeconds is { } patience && !(patience is > 0 and <= MaxPatienceSeconds))
        {
            errors["patienceSeconds"] = [$"Average patience is above 0 and at most {MaxPatienceSeconds:0} seconds."];
        }

        if (errors.Count == 0 && TrafficErlangs > MaxTrafficErlangs)
        {
            errors["arrivalsPerHour"] = [$"Traffic of {Format(TrafficErlangs)} erlangs is beyond the {MaxTrafficErlangs:N0} this calculator takes."];
        }

        if (errors.Count == 0 && PatienceSeconds is not null && TrafficErlangs > MaxErlangATrafficErlangs)
        {
            errors["patienceSeconds"] = [$"Erlang A is computed here up to {MaxErlangATrafficErlangs:N0} erlangs; traffic of {Format(TrafficErlangs)} erlangs needs Erlang C (leave out patienceSeconds)."];
        }

        if (errors.Count == 0 && Operators is { } operators && PatienceSeconds is null && TrafficErlangs >= operators)
        {
            errors["operators"] =
            [
                $"No finite answer: traffic of {Format(TrafficErlangs)} erlangs needs more than {operators} operators; the queue would grow without end.",
            ];
        }

        return errors.Count == 0 ? null : errors;
    }

    /// <summary>Answers a question that <see cref="Validate"/> accepted.</summary>
    public StaffingAnswer Answer()
    {
        var measures = (Operators, PatienceSeconds) switch
        {
            ({ } n, null) => ErlangC.Measure(n, TrafficErlangs, AhtSeconds, AnswerSeconds),
            ({ } n, { } patience) => ErlangA.Measure(n, TrafficErlangs, AhtSeconds, patience, AnswerSeconds),
            (null, null) => ErlangC.OperatorsNeeded(TrafficErlangs, AhtSeconds, TargetServiceLevel, AnswerSeconds),
            (null, { } patience) => ErlangA.OperatorsNeeded(TrafficErlangs, AhtSeconds, patience, TargetServiceLevel, AnswerSeconds),
        };
        return new StaffingAnswer(
            PatienceSeconds is null ? "erlang_c" : "erlang_a",
            Math.Round(TrafficErlangs, 6),
            measures.Operators,
            Scheduled(measures.Operators, Shrinkage),
            Math.Round(measures.ServiceLevel, 6),
            Math.Round(measures.AverageSpeedOfAnswer, 3),
            Math.Round(measures.ProbabilityOfWaiting, 6),
            Math.Round(measures.Occupancy, 6),
            measures.Abandonment is { } abandonment ? Math.Round(abandonment, 6) : null,
            measures.ServiceLevel >= TargetServiceLevel);
    }

    /// <summary>Operators to schedule so that, after shrinkage, enough are on the phones.</summary>
    public static int Scheduled(int onPhones, double shrinkage) =>
        (int)Math.Ceiling(Math.Round(onPhones / (1 - shrinkage), 9));

    private static string Format(double value) => value.ToString("0.###", CultureInfo.InvariantCulture);
}

/// <param name="OperatorsOnPhones">Operators answering calls in the hour.</param>
/// <param name="OperatorsScheduled">Operators to put on shift so that, after shrinkage, that many are on the phones.</param>
/// <param name="AverageSpeedOfAnswerSeconds">Average wait of answered callers.</param>
/// <param name="Abandonment">Share of callers who give up before an answer (Erlang A only).</param>
/// <param name="MeetsTarget">Whether the service level reaches the target.</param>
public sealed record StaffingAnswer(
    string Model,
    double TrafficErlangs,
    int OperatorsOnPhones,
    int OperatorsScheduled,
    double ServiceLevel,
    double AverageSpeedOfAnswerSeconds,
    double ProbabilityOfWaiting,
    double Occupancy,
    double? Abandonment,
    bool MeetsTarget);
