using Ukc.Contracts;

namespace Ukc.Staffing.Domain;

public static class Schedule
{
    /// <summary>
    /// The day hour by hour. A shift's break could fall in any hour of it, so it is spread evenly over the
    /// shift: each hour loses the break's share of the shift.
    /// </summary>
    public static IReadOnlyList<ScheduleHour> ForDay(DateOnly day, IReadOnlyList<Operator> operators) =>
        [.. Enumerable.Range(0, 24).Select(hour => ForHour(day.ToDateTime(new TimeOnly(hour, 0)), operators))];

    public static ScheduleHour ForHour(DateTime hour, IReadOnlyList<Operator> operators)
    {
        var ids = new List<string>();
        double scheduled = 0, effective = 0;
        foreach (var op in operators)
        {
            var (share, working) = Coverage(op, hour);
            if (share > 0)
            {
                ids.Add(op.Id);
                scheduled += share;
                effective += working;
            }
        }

        return new ScheduleHour(hour, ids, scheduled, effective, scheduled > 0 ? 1 - effective / scheduled : 0);
    }

    /// <summary>How much of the hour the operator is on shift, and how much of that after breaks.</summary>
    public static (double Share, double Working) Coverage(Operator op, DateTime hour)
    {
        double share = 0, working = 0;
        foreach (var shift in op.Shifts)
        {
            var part = ShiftPattern.ShareOfHour(shift, hour);
            share += part;
            working += part * ShiftPattern.WorkingShare(shift);
        }

        return (Math.Min(share, 1), Math.Min(working, 1));
    }

    public static IReadOnlyList<Operator> OnShift(IReadOnlyList<Operator> operators, DateTime kyivTime) =>
        [.. operators.Where(op => op.Shifts.Any(s => ShiftPattern.Covers(s, kyivTime)))];
}
