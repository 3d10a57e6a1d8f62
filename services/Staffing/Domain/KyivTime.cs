namespace Ukc.Staffing.Domain;

/// <summary>Shift patterns, hourly counts and forecasts are in Kyiv wall-clock time, the time the center works by.</summary>
public static class KyivTime
{
    public static readonly TimeZoneInfo Zone = Find();

    public static DateTime Local(DateTimeOffset instant) => TimeZoneInfo.ConvertTime(instant, Zone).DateTime;

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

        throw new InvalidOperationException("The Europe/Kyiv time zone is not installed (tzdata).");
    }
}
