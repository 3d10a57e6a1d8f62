namespace Ukc.Staffing.Domain;

/// <summary>
/// Appeals counted per Kyiv wall-clock hour over whole days from <see cref="FirstDay"/> up to (not including)
/// <see cref="EndDay"/>, the day still being counted. Hours missing from <see cref="Counts"/> had no appeals.
/// </summary>
public sealed record ArrivalHistory(DateOnly FirstDay, DateOnly EndDay, IReadOnlyDictionary<DateTime, double> Counts)
{
    public bool Observed(DateOnly day) => day >= FirstDay && day < EndDay;

    public double At(DateOnly day, int hour) => Counts.GetValueOrDefault(day.ToDateTime(new TimeOnly(hour, 0)));
}

/// <summary>
/// Arrivals per hour of a day, by exponential smoothing over the same weekday and hour of past weeks
/// (oldest first, so the latest week weighs most). With fewer than <see cref="MinWeeks"/> such weeks
/// observed, it smooths over the same hour of the past days instead.
/// </summary>
public static class ArrivalForecast
{
    public const int MinWeeks = 2;
    public const int FallbackDays = 14;

    public static double[] ForDay(DateOnly day, ArrivalHistory history, double alpha, int maxWeeks)
    {
        var weeks = Enumerable.Range(1, maxWeeks).Select(k => day.AddDays(-7 * k)).Where(history.Observed).Reverse().ToList();
        var days = weeks.Count >= MinWeeks
            ? weeks
            : [.. Enumerable.Range(1, FallbackDays).Select(k => day.AddDays(-k)).Where(history.Observed).Reverse()];

        var forecast = new double[24];
        for (var hour = 0; hour < 24; hour++)
        {
            forecast[hour] = Smooth(days.Select(d => history.At(d, hour)), alpha);
        }

        return forecast;
    }

    /// <summary>Simple exponential smoothing, started at the first observation; no observations forecast nothing.</summary>
    public static double Smooth(IEnumerable<double> observations, double alpha)
    {
        double? level = null;
        foreach (var x in observations)
        {
            level = level is { } l ? alpha * x + (1 - alpha) * l : x;
        }

        return level ?? 0;
    }
}
