namespace Reporting.Tests;

/// <summary>The figures of a set of simulated appeals, computed here from the simulation's own truth, apart from the service's SQL.</summary>
internal static class Expected
{
    public static readonly TimeSpan ShortAbandon = TimeSpan.FromSeconds(5);
    public static readonly TimeSpan Threshold = TimeSpan.FromSeconds(20);

    public static Dictionary<string, double?> Figures(
        IEnumerable<AppealTruth> appeals, DateTimeOffset from, DateTimeOffset to, TimeSpan? target = null, TimeSpan? shortAbandon = null)
    {
        var all = appeals.ToList();
        var cohort = all.Where(a => a.Queued >= from && a.Queued < to).ToList();
        var answered = cohort.Where(a => a.Assigned is not null).ToList();
        var left = cohort.Where(a => a.Assigned is null && a.Abandoned is not null).ToList();
        var abandoned = left.Count(a => a.Abandoned - a.Queued >= (shortAbandon ?? ShortAbandon));
        var shortAbandoned = left.Count - abandoned;
        var waits = answered.Select(a => (a.Assigned!.Value - a.Queued!.Value).TotalSeconds).Order().ToList();
        var resolved = cohort.Where(a => a.Resolved is not null).ToList();
        var received = all.Where(a => a.Received >= from && a.Received < to).ToList();
        return new()
        {
            ["received"] = received.Count,
            ["offered"] = cohort.Count,
            ["answered"] = answered.Count,
            ["abandoned"] = abandoned,
            ["shortAbandoned"] = shortAbandoned,
            ["serviceLevel"] = Ratio(waits.Count(w => w <= (target ?? Threshold).TotalSeconds), answered.Count + abandoned),
            ["asaSeconds"] = waits.Count > 0 ? waits.Average() : null,
            ["asaP50Seconds"] = NearestRank(waits, 0.5),
            ["asaP90Seconds"] = NearestRank(waits, 0.9),
            ["ahtSeconds"] = resolved.Count > 0
                ? resolved.Average(a => (a.Resolved!.Value - a.Assigned!.Value).TotalSeconds + a.WrapUpSeconds)
                : null,
            ["abandonmentRate"] = Ratio(abandoned, cohort.Count - shortAbandoned),
            ["callbacksScheduled"] = received.Count(a => a.Callback),
            ["callbacksDone"] = received.Count(a => a.Callback && a.Assigned is not null),
            ["repeatContacts"] = received.Count(a => a.Repeat),
            ["fallbackShare"] = Ratio(answered.Count(a => a.Fallback), answered.Count),
        };
    }

    /// <summary>Busy and wrap-up time over available, offered, busy and wrap-up time, within the period.</summary>
    public static double? Occupancy(IEnumerable<StateTruth> states, DateTimeOffset from, DateTimeOffset to, string? operatorId = null)
    {
        var seconds = SecondsByState(states, from, to, operatorId);
        double Sum(params string[] of) => of.Sum(s => seconds.GetValueOrDefault(s));
        return Ratio(Sum("busy", "wrap_up"), Sum("available", "offered", "busy", "wrap_up"));
    }

    public static Dictionary<string, double> SecondsByState(IEnumerable<StateTruth> states, DateTimeOffset from, DateTimeOffset to, string? operatorId = null)
    {
        var seconds = new Dictionary<string, double>();
        foreach (var timeline in states.Where(s => operatorId is null || s.OperatorId == operatorId).GroupBy(s => s.OperatorId))
        {
            var ordered = timeline.OrderBy(s => s.At).ToList();
            for (var i = 0; i < ordered.Count - 1; i++)
            {
                var start = ordered[i].At > from ? ordered[i].At : from;
                var end = ordered[i + 1].At < to ? ordered[i + 1].At : to;
                if (end > start)
                {
                    seconds[ordered[i].State] = seconds.GetValueOrDefault(ordered[i].State) + (end - start).TotalSeconds;
                }
            }
        }

        return seconds;
    }

    /// <summary>The smallest value with at least the fraction of values at or below it.</summary>
    private static double? NearestRank(List<double> sorted, double fraction) =>
        sorted.Count == 0 ? null : sorted[(int)Math.Ceiling(fraction * sorted.Count - 1e-9) - 1];

    private static double? Ratio(double part, double whole) => whole > 0 ? part / whole : null;
}
