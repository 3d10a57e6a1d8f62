namespace Ukc.Cli;

/// <summary>
/// When each appeal of a run is due, as offsets from its start: a steady rate, a hotline's day compressed into the
/// run, or a surge. The load is an open loop, so every appeal is sent at its moment however the system is doing.
/// </summary>
public static class LoadSchedule
{
    public const string Steady = "steady";
    public const string Day = "day";
    public const string Surge = "surge";

    /// <summary>
    /// Appeals per hour of a wartime hotline's day relative to its mean: a quiet night, a morning peak, a busy
    /// afternoon and evening.
    /// </summary>
    private static readonly double[] DayShape = Normalised(
        [0.15, 0.1, 0.08, 0.08, 0.1, 0.2, 0.5, 1.0, 1.6, 1.9, 2.0, 1.9, 1.7, 1.6, 1.6, 1.5, 1.4, 1.3, 1.2, 1.1, 0.9, 0.7, 0.45, 0.25]);

    /// <summary>A strike at 15:00 of the day brings ten times the appeals for the next quarter of an hour.</summary>
    private const double StrikeHour = 15;
    private const double SurgeFactor = 10;

    public static IReadOnlyList<TimeSpan> Build(string profile, double rate, TimeSpan duration)
    {
        Func<double, double> rateAt = profile switch
        {
            Steady => _ => rate,
            Day => share => rate * DayRate(share),
            // The middle fifth of the run at ten times the rate.
            Surge => share => share is >= 0.4 and < 0.6 ? rate * SurgeFactor : rate,
            _ => throw new ArgumentException($"--profile is one of {Steady}, {Day} or {Surge}, not '{profile}'."),
        };

        var due = new List<TimeSpan>();
        for (var seconds = 0.0; seconds < duration.TotalSeconds; seconds += 1 / rateAt(seconds / duration.TotalSeconds))
        {
            due.Add(TimeSpan.FromSeconds(seconds));
        }

        return due;
    }

    /// <summary>The day's rate at a share of the run (0 is midnight, 1 the next midnight), relative to its mean.</summary>
    private static double DayRate(double share)
    {
        var hour = share * 24;
        var shape = DayShape[Math.Min(23, (int)hour)];
        return hour >= StrikeHour && hour < StrikeHour + 0.25 ? shape * SurgeFactor : shape;
    }

    private static double[] Normalised(double[] shape) => [.. shape.Select(s => s / shape.Average())];
}
