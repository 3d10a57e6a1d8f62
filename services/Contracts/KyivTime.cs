namespace Ukc.Contracts;

/// <summary>Kyiv wall-clock time, the time the center works by: shift patterns, forecasts, and the days and hours of reports.</summary>
public static class KyivTime
{
    public static readonly TimeZoneInfo Zone = Find();

    public static DateTime Local(DateTimeOffset instant) => TimeZoneInfo.ConvertTime(instant, Zone).DateTime;

    /// <summary>The same instant with Kyiv's offset at that moment, as reports show times.</summary>
    public static DateTimeOffset InKyiv(DateTimeOffset instant) => TimeZoneInfo.ConvertTime(instant, Zone);

    public static DateTimeOffset Instant(DateTime local) =>
        new(local, Zone.GetUtcOffset(DateTime.SpecifyKind(local, DateTimeKind.Unspecified)));

    private static TimeZoneInfo Find()
    {
        foreach (var id in new[] { "Europe/Kyiv", "Europe/Kiev", "FLE Standard Time" })
        {
            if (TimeZoneInfo.TryFindSystemTimeZoneById(id, out var zone))
            {
                return zone;
            }
        }

        return Fallback();
    }

    /// <summary>
    /// Kyiv time on a machine without a time-zone database (no tzdata): EET, UTC+2, with EU summer time
    /// from the last Sunday of March 03:00 to the last Sunday of October 04:00 local time.
    /// </summary>
    public static TimeZoneInfo Fallback()
    {
        var summer = TimeZoneInfo.AdjustmentRule.CreateAdjustmentRule(
            DateTime.MinValue.Date,
            DateTime.MaxValue.Date,
            TimeSpan.FromHours(1),
            TimeZoneInfo.TransitionTime.CreateFloatingDateRule(new DateTime(1, 1, 1, 3, 0, 0), 3, 5, DayOfWeek.Sunday),
            TimeZoneInfo.TransitionTime.CreateFloatingDateRule(new DateTime(1, 1, 1, 4, 0, 0), 10, 5, DayOfWeek.Sunday));
        return TimeZoneInfo.CreateCustomTimeZone("Europe/Kyiv", TimeSpan.FromHours(2), "Kyiv", "EET", "EEST", [summer]);
    }
}
