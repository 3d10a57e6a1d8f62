using Ukc.Contracts;

namespace Ukc.Gateway.Client.Pages.Staffing;

/// <summary>The Kyiv week the desk plans: Monday to Sunday.</summary>
public static class Week
{
    public static DateOnly Today => DateOnly.FromDateTime(KyivTime.Local(DateTimeOffset.UtcNow));

    public static DateOnly MondayOf(DateOnly day) => day.AddDays(-(((int)day.DayOfWeek + 6) % 7));

    public static IReadOnlyList<DateOnly> Days(DateOnly monday) => [.. Enumerable.Range(0, 7).Select(monday.AddDays)];

    /// <summary>A day as the desk names it: weekday and date in the person's language.</summary>
    public static string Name(DateOnly day) => day.ToString("ddd d MMM", System.Globalization.CultureInfo.CurrentCulture);
}
