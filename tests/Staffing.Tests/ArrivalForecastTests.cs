using Ukc.Contracts;
using Ukc.Staffing.Domain;

namespace Staffing.Tests;

public class ArrivalForecastTests
{
    private static readonly DateOnly Monday = new(2026, 11, 30);

    /// <summary>A day's shape: quiet at night, a morning peak at 10:00, a smaller one at 19:00.</summary>
    private static double Shape(int hour) =>
        20 + 180 * Math.Exp(-Math.Pow(hour - 10, 2) / 8) + 90 * Math.Exp(-Math.Pow(hour - 19, 2) / 6);

    /// <summary>Weekends carry 60% of a weekday's traffic.</summary>
    private static double Weekday(DateOnly day) => day.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday ? 0.6 : 1.0;

    private static ArrivalHistory History(DateOnly first, DateOnly end, Func<DateOnly, int, double> count)
    {
        var counts = new Dictionary<DateTime, double>();
        for (var day = first; day < end; day = day.AddDays(1))
        {
            for (var hour = 0; hour < 24; hour++)
            {
                counts[day.ToDateTime(new TimeOnly(hour, 0))] = count(day, hour);
            }
        }

        return new ArrivalHistory(first, end, counts);
    }

    [Fact]
    public void Steady_weeks_forecast_the_daily_shape_of_the_weekday()
    {
        var history = History(Monday.AddDays(-28), Monday, (day, hour) => Math.Round(Shape(hour) * Weekday(day)));

        var monday = ArrivalForecast.ForDay(Monday, history, alpha: 0.3, maxWeeks: 8);
        var sunday = ArrivalForecast.ForDay(Monday.AddDays(6), history, alpha: 0.3, maxWeeks: 8);

        for (var hour = 0; hour < 24; hour++)
        {
            Assert.Equal(Math.Round(Shape(hour)), monday[hour], 1e-9);
            Assert.Equal(Math.Round(Shape(hour) * 0.6), sunday[hour], 1e-9);
        }

        Assert.Equal(10, Array.IndexOf(monday, monday.Max()));
    }

    [Fact]
    public void A_recent_rise_moves_the_forecast_by_the_smoothing_weight()
    {
        // Three weeks at 100 an hour, then the last week at 200: 0.3·200 + 0.7·100.
        var history = History(Monday.AddDays(-28), Monday, (day, _) => day >= Monday.AddDays(-7) ? 200 : 100);

        var forecast = ArrivalForecast.ForDay(Monday, history, alpha: 0.3, maxWeeks: 8);

        Assert.All(forecast, value => Assert.Equal(130, value, 1e-9));
    }

    [Fact]
    public void Little_history_falls_back_to_the_same_hour_of_past_days()
    {
        // Only three days observed: no same weekday yet.
        var history = History(Monday.AddDays(-3), Monday, (_, hour) => Shape(hour));

        var forecast = ArrivalForecast.ForDay(Monday, history, alpha: 0.3, maxWeeks: 8);

        Assert.Equal(Shape(10), forecast[10], 1e-9);
        Assert.Equal(Shape(3), forecast[3], 1e-9);
    }

    [Fact]
    public void No_history_forecasts_no_arrivals()
    {
        var history = new ArrivalHistory(Monday, Monday, new Dictionary<DateTime, double>());

        Assert.All(ArrivalForecast.ForDay(Monday, history, 0.3, 8), value => Assert.Equal(0, value));
    }

    [Fact]
    public void Operators_needed_follow_the_forecast_shape_and_gaps_show_beside_the_schedule()
    {
        var history = History(Monday.AddDays(-28), Monday, (day, hour) => Math.Round(Shape(hour) * Weekday(day)));
        var forecast = ArrivalForecast.ForDay(Monday, history, 0.3, 8);
        Shift[] dayShift = [new("monday", "08:00", "16:00", 30)];
        var operators = Enumerable.Range(1, 20).Select(i => new Operator($"op-{i:000}", $"Оператор {i}", "kyiv_city", false, [], dayShift)).ToList();

        var plan = StaffingPlan.ForDay(Monday, forecast, operators, [], Monday.ToDateTime(TimeOnly.MinValue).AddDays(-1), new PlanTargets(300, 0.8, 20, 0.0625));

        Assert.Equal(10, plan.ToList().IndexOf(plan.MaxBy(h => h.OperatorsNeeded)!));
        var ten = plan[10];
        Assert.Equal(20, ten.OperatorsScheduled);
        Assert.Equal(0.0625, ten.Shrinkage, 1e-9);
        Assert.Equal(ErlangC.OperatorsNeeded(Math.Round(Shape(10)) * 300 / 3600, 300, 0.8, 20).Operators, ten.OperatorsNeededOnPhones);
        Assert.Equal(ten.OperatorsAvailable - ten.OperatorsNeeded, ten.Gap, 1e-9);
        Assert.Equal(0, plan[3].OperatorsScheduled);
        Assert.True(plan[3].Gap < 0);
    }
}
