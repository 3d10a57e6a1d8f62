using Ukc.Contracts;
namespace Ukc.Staffing.Domain;

public static class StaffingPlan
{
    /// <summary>
    /// Active alerts count against the hours that have not ended by <paramref name="now"/>: an alert's end
    /// is not known in advance, and a past hour's capacity is history.
    /// </summary>
    public static IReadOnlyList<PlanHour> ForDay(
        DateOnly day,
        IReadOnlyList<double> forecast,
        IReadOnlyList<Operator> operators,
        IReadOnlyList<RegionalAlert> activeAlerts,
        DateTime kyivNow,
        PlanTargets targets)
    {
        var plan = new List<PlanHour>(24);
        for (var hour = 0; hour < 24; hour++)
        {
            var start = day.ToDateTime(new TimeOnly(hour, 0));
            var schedule = Schedule.ForHour(start, operators);
            var shrinkage = schedule.Scheduled > 0 ? schedule.Shrinkage : targets.DefaultShrinkage;
            var arrivals = forecast[hour];
            var onPhones = arrivals > 0
                ? ErlangC.OperatorsNeeded(arrivals * targets.AhtSeconds / 3600, targets.AhtSeconds, targets.TargetServiceLevel, targets.AnswerSeconds).Operators
                : 0;
            var needed = StaffingQuestion.Scheduled(onPhones, shrinkage);

            var lost = 0.0;
            if (start.AddHours(1) > kyivNow)
            {
                lost = operators
                    .Where(op => activeAlerts.Any(alert => alert.Stops(op)))
                    .Sum(op => Schedule.Coverage(op, start).Share);
            }

            var available = schedule.Scheduled - lost;
            plan.Add(new PlanHour(
                KyivTime.Instant(start),
                Math.Round(arrivals, 2),
                onPhones,
                needed,
                Math.Round(schedule.Scheduled, 2),
                Math.Round(shrinkage, 4),
                Math.Round(lost, 2),
                Math.Round(available, 2),
                Math.Round(available - needed, 2)));
        }

        return plan;
    }
}
