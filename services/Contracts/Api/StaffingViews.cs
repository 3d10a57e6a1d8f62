using System.Globalization;

namespace Ukc.Contracts;

/// <summary>An operator on the roster: who they are, what they can handle, where they work from and when.</summary>
/// <param name="ShelteredWorkplace">Works from a shelter with backup power, so air raids and outages in the region do not stop them.</param>
public sealed record Operator(
    string Id,
    string Name,
    string Region,
    bool ShelteredWorkplace,
    IReadOnlyList<OperatorSkill> Skills,
    IReadOnlyList<Shift> Shifts);

/// <summary>
/// A weekly shift in Kyiv time: <c>monday 22:00–06:00</c> ends on Tuesday morning. The break is paid time off
/// the phones, counted as shrinkage.
/// </summary>
public sealed record Shift(string Day, string Start, string End, int BreakMinutes = 30);

/// <summary>The days of a weekly shift, Monday first.</summary>
public static class ShiftDays
{
    public static readonly IReadOnlyList<string> All = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"];
}

/// <summary>The skills an operator can hold: the training modules.</summary>
public static class SkillIds
{
    public static readonly IReadOnlyList<string> All = [.. Categories.All, .. Languages.All, Skills.PsychologicalFirstAid];

    public static bool IsKnown(string skill) => All.Contains(skill);

    public const int MinProficiency = 1;
    public const int MaxProficiency = 3;
}

/// <summary>
/// An operator as a supervisor writes one. A new operator starts with the skills of the training
/// modules completed (<see cref="CompletedModules"/>, at proficiency 1) and those listed in <see cref="Skills"/>.
/// </summary>
public sealed record OperatorSubmission(
    string? Id,
    string? Name,
    string? Region,
    bool ShelteredWorkplace = false,
    IReadOnlyList<OperatorSkill>? Skills = null,
    IReadOnlyList<string>? CompletedModules = null,
    IReadOnlyList<Shift>? Shifts = null) : IRequestBody
{
    public static string InvalidTitle => "The operator is not valid.";

    public const int MaxNameLength = 200;

    public const string ProficiencyRange = "Proficiency is 1 (trained), 2 (practised) or 3 (expert).";

    public static string UnknownSkill(string? skill) =>
        $"Skill '{skill}' is not a training module. Modules: {string.Join(", ", SkillIds.All)}.";
}

/// <summary>A CSV import that went in: the operators of the file, and how many the roster has now.</summary>
public sealed record ImportResult(int Imported, int Total);

/// <param name="Proficiency">1 unless the module was completed at a higher level.</param>
public sealed record ModuleCompletion(string? Module, int? Proficiency = null) : IRequestBody
{
    public static string InvalidTitle => "The module completion is not valid.";

    public Dictionary<string, string[]>? Validate()
    {
        var errors = new Dictionary<string, string[]>();
        if (Module is null || !SkillIds.IsKnown(Module))
        {
            errors["module"] = [OperatorSubmission.UnknownSkill(Module)];
        }

        if (Proficiency is < SkillIds.MinProficiency or > SkillIds.MaxProficiency)
        {
            errors["proficiency"] = [OperatorSubmission.ProficiencyRange];
        }

        return errors.Count == 0 ? null : errors;
    }
}

/// <param name="StoppedBy">Active alerts that stop the operator answering: in an alerted oblast without a sheltered workplace.</param>
public sealed record OperatorView(
    string Id,
    string Name,
    string Region,
    bool ShelteredWorkplace,
    IReadOnlyList<OperatorSkill> Skills,
    IReadOnlyList<Shift> Shifts,
    bool OnShiftNow,
    IReadOnlyList<Guid> StoppedBy);

/// <param name="Available">On shift and not stopped by an alert.</param>
public sealed record OnShiftView(DateTimeOffset At, DateTimeOffset KyivTime, int OnShift, int Available, IReadOnlyList<OperatorView> Operators);

/// <summary>Who is on shift in one Kyiv hour, and how much of the hour they can answer after breaks.</summary>
/// <param name="Scheduled">Operator-hours on shift in the hour (the number of operators when shifts start on the hour).</param>
/// <param name="Effective">Operator-hours left for answering once breaks are taken out.</param>
/// <param name="Shrinkage">The share of scheduled time lost to breaks: 1 − effective / scheduled.</param>
public sealed record ScheduleHour(DateTime Hour, IReadOnlyList<string> Operators, double Scheduled, double Effective, double Shrinkage);

/// <summary>One Kyiv hour of the plan: arrivals forecast, operators needed, operators scheduled and the gap.</summary>
/// <param name="OperatorsNeeded">Operators to schedule so that, after breaks, enough answer to meet the target.</param>
/// <param name="CapacityLost">Scheduled operator-hours stopped by active alerts (in an alerted oblast, workplace not sheltered).</param>
/// <param name="Gap">Available minus needed: below zero the hour is short of operators.</param>
public sealed record PlanHour(
    DateTimeOffset Hour,
    double ForecastArrivals,
    int OperatorsNeededOnPhones,
    int OperatorsNeeded,
    double OperatorsScheduled,
    double Shrinkage,
    double CapacityLost,
    double OperatorsAvailable,
    double Gap);

/// <summary>The targets a day's plan is computed for.</summary>
public sealed record PlanTargets(double AhtSeconds, double TargetServiceLevel, double AnswerSeconds, double DefaultShrinkage);

/// <param name="HistorySince">The first Kyiv day appeals were counted.</param>
/// <param name="ActiveAlerts">Alerts counted as capacity lost in the hours not yet over.</param>
public sealed record ForecastView(DateOnly Date, DateOnly HistorySince, PlanTargets Targets, IReadOnlyList<Guid> ActiveAlerts, IReadOnlyList<PlanHour> Hours);

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

/// <summary>The kinds of regional alert that stop operators answering.</summary>
public static class AlertKinds
{
    public const string AirRaid = "air_raid";
    public const string PowerOutage = "power_outage";

    public static readonly IReadOnlyList<string> All = [AirRaid, PowerOutage];
}

/// <summary>
/// An alert beginning (<see cref="Active"/> true) or ending. An end names the alert by id, or by kind and
/// regions: it ends every active alert of that kind in any of them.
/// </summary>
public sealed record AlertChange(string? Kind, IReadOnlyList<string>? Regions, bool Active, Guid? AlertId = null) : IRequestBody
{
    public static string InvalidTitle => "The alert is not valid.";

    public Dictionary<string, string[]>? Validate()
    {
        var errors = new Dictionary<string, string[]>();
        if (Active || AlertId is null)
        {
            if (Kind is null || !AlertKinds.All.Contains(Kind))
            {
                errors["kind"] = [$"Kind '{Kind}' is not one of {string.Join(", ", AlertKinds.All)}."];
            }

            if (Regions is null || Regions.Count == 0)
            {
                errors["regions"] = ["Name the oblasts the alert is in, by region id."];
            }
            else if (Regions.Where(r => !Ukc.Contracts.Regions.All.Contains(r)).ToList() is { Count: > 0 } unknown)
            {
                errors["regions"] = [$"Not region ids: {string.Join(", ", unknown)}. Known regions: {string.Join(", ", Ukc.Contracts.Regions.All)}."];
            }
        }

        return errors.Count == 0 ? null : errors;
    }
}

/// <summary>An alert in force.</summary>
/// <param name="Stopped">Operators in the alert's oblasts whose workplace is not sheltered.</param>
/// <param name="Sheltered">Operators in the alert's oblasts who keep working from sheltered workplaces.</param>
public sealed record AlertView(
    Guid Id, string Kind, IReadOnlyList<string> Regions, DateTimeOffset StartedAt, string Source,
    IReadOnlyList<string> Stopped, IReadOnlyList<string> Sheltered);
