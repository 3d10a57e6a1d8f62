using System.Globalization;
using Ukc.Contracts;

namespace Ukc.Staffing.Domain;

/// <summary>Reads and checks weekly shifts, and says who works when (Kyiv wall-clock time).</summary>
public static class ShiftPattern
{
    public static readonly IReadOnlyList<string> Days = ShiftDays.All;

    /// <summary>What is wrong with a shift, or null.</summary>
    public static string? Problem(Shift shift)
    {
        if (!Days.Contains(shift.Day))
        {
            return $"Day '{shift.Day}' is not one of {string.Join(", ", Days)}.";
        }

        if (Time(shift.Start) is null || Time(shift.End) is null)
        {
            return "Start and end are times of day as HH:mm, such as 08:00 and 16:00 (24:00 or 00:00 for midnight).";
        }

        var length = Length(shift);
        if (length <= TimeSpan.Zero)
        {
            return "A shift needs a length: its start and end are the same time.";
        }

        if (shift.BreakMinutes < 0 || TimeSpan.FromMinutes(shift.BreakMinutes) >= length)
        {
            return "The break is zero or more minutes, shorter than the shift.";
        }

        return null;
    }

    /// <summary>From start to end, over midnight when the end is not after the start.</summary>
    public static TimeSpan Length(Shift shift)
    {
        var start = Time(shift.Start)!.Value;
        var end = Time(shift.End)!.Value;
        if (end == start)
        {
            return TimeSpan.Zero;
        }

        return end > start ? end - start : end + TimeSpan.FromDays(1) - start;
    }

    /// <summary>The share of a shift spent answering, after its break.</summary>
    public static double WorkingShare(Shift shift) => 1 - shift.BreakMinutes / Length(shift).TotalMinutes;

    /// <summary>The stretches of Kyiv wall-clock time the shift covers that touch the given day (its own, and the night before's).</summary>
    public static IEnumerable<(DateTime Start, DateTime End)> Occurrences(Shift shift, DateOnly day)
    {
        foreach (var date in new[] { day.AddDays(-1), day })
        {
            if (DayName(date) == shift.Day)
            {
                var start = date.ToDateTime(TimeOnly.MinValue) + Time(shift.Start)!.Value;
                yield return (start, start + Length(shift));
            }
        }
    }

    public static bool Covers(Shift shift, DateTime local) =>
        Occurrences(shift, DateOnly.FromDateTime(local)).Any(o => o.Start <= local && local < o.End);

    /// <summary>The fraction of the hour from <paramref name="hourStart"/> that the shift covers.</summary>
    public static double ShareOfHour(Shift shift, DateTime hourStart)
    {
        var hourEnd = hourStart.AddHours(1);
        var covered = TimeSpan.Zero;
        foreach (var (start, end) in Occurrences(shift, DateOnly.FromDateTime(hourStart)))
        {
            var overlap = (end < hourEnd ? end : hourEnd) - (start > hourStart ? start : hourStart);
            if (overlap > TimeSpan.Zero)
            {
                covered += overlap;
            }
        }

        return Math.Min(covered.TotalHours, 1);
    }

    public static string DayName(DateOnly date) => Days[((int)date.DayOfWeek + 6) % 7];

    private static TimeSpan? Time(string text)
    {
        if (text == "24:00")
        {
            return TimeSpan.Zero;
        }

        return TimeOnly.TryParseExact(text, "HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out var time)
            ? time.ToTimeSpan()
            : null;
    }
}
