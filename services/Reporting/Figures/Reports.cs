using Microsoft.Extensions.Options;
using Ukc.Contracts;

namespace Ukc.Reporting.Figures;

public sealed class Reports(FigureQueries figures, FloorQueries floor, IOptions<ReportingOptions> options, TimeProvider time)
{
    public async Task<Summary> SummaryAsync(ReportPeriod period, CancellationToken cancellationToken) =>
        await SummaryAsync(period, await floor.NowAsync(cancellationToken), cancellationToken);

    private async Task<Summary> SummaryAsync(ReportPeriod period, FloorNow now, CancellationToken cancellationToken)
    {
        ReportInterval[] whole = [new(period.From, period.To)];
        var total = (await figures.CountAsync(whole, Grouping.None, cancellationToken)).Values.SingleOrDefault() ?? new FigureCounts();
        var byPriority = (await figures.CountAsync(whole, Grouping.Priority, cancellationToken)).ToDictionary(c => c.Key.Group ?? "", c => c.Value);
        return new Summary(total.ToFigures(hasOperatorTime: true))
        {
            From = period.From,
            To = period.To,
            ServiceLevelThresholdSeconds = options.Value.ServiceLevelThreshold.TotalSeconds,
            TargetServiceLevel = options.Value.TargetServiceLevel,
            ServiceLevelByPriority = Priorities.All.ToDictionary(p => p, p =>
            {
                var counts = byPriority.GetValueOrDefault(p) ?? new FigureCounts();
                return new PriorityServiceLevel(options.Value.TargetOf(p).TotalSeconds, counts.Offered, counts.Answered, counts.ServiceLevelWithinTarget);
            }),
            WaitingNow = now.WaitingNow,
            LongestWaitSeconds = now.LongestWaitSeconds,
        };
    }

    /// <summary>Every interval of the period, also those nothing happened in; within one, its groups in order.</summary>
    public async Task<IReadOnlyList<IntervalFigures>> IntervalsAsync(
        ReportPeriod period, ReportIntervalLength length, Grouping grouping, CancellationToken cancellationToken)
    {
        var intervals = period.Intervals(length);
        var counts = (await figures.CountAsync(intervals, grouping, cancellationToken)).ToLookup(c => c.Key.Start);
        var hasOperatorTime = grouping.SpanColumn() is not null;
        var rows = new List<IntervalFigures>();
        foreach (var interval in intervals)
        {
            var groups = counts[interval.Start].OrderBy(c => c.Key.Group, StringComparer.Ordinal).ToList();
            if (groups.Count == 0)
            {
                groups.Add(new((interval.Start, null), new FigureCounts()));
            }

            rows.AddRange(groups.Select(g => new IntervalFigures(g.Value.ToFigures(hasOperatorTime))
            {
                Start = KyivTime.InKyiv(interval.Start),
                End = KyivTime.InKyiv(interval.End),
                Group = g.Key.Group,
            }));
        }

        return rows;
    }

    public async Task<LiveFloor> LiveAsync(CancellationToken cancellationToken)
    {
        ReportPeriod.Parse(null, null, time, options.Value.MaxPeriodDays, out var today);
        // The floor is read once, for both the snapshot and today's summary.
        var now = await floor.NowAsync(cancellationToken);
        return new LiveFloor(time.GetUtcNow(), now, await SummaryAsync(today, now, cancellationToken));
    }
}
