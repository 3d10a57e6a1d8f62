using Ukc.Contracts;
using System.Globalization;

namespace Ukc.Reporting.Figures;

/// <summary>
/// The period a report covers, <c>[From, To)</c>, from the query's <c>from</c> and <c>to</c>: instants
/// (ISO 8601 with an offset) or Kyiv days (<c>yyyy-MM-dd</c>: <c>from</c> at its midnight, <c>to</c> to its end).
/// No period is today in Kyiv.
/// </summary>
public sealed record ReportPeriod(DateTimeOffset From, DateTimeOffset To)
{
    public static Dictionary<string, string[]>? Parse(string? from, string? to, TimeProvider time, int maxDays, out ReportPeriod period)
    {
        var errors = new Dictionary<string, string[]>();
        var today = DateOnly.FromDateTime(KyivTime.Local(time.GetUtcNow()));
        var start = from is null ? Midnight(today) : Instant(from, endOfDay: false, "from", errors);
        var end = to is null ? (from is null ? Midnight(today.AddDays(1)) : time.GetUtcNow()) : Instant(to, endOfDay: true, "to", errors);
        period = new ReportPeriod(Microseconds(start), Microseconds(end));
        if (errors.Count > 0)
        {
            return errors;
        }

        if (start >= end)
        {
            errors["from"] = [$"'from' ({start:O}) must be before 'to' ({end:O})."];
        }
        else if (end - start > TimeSpan.FromDays(maxDays))
        {
            errors["to"] = [$"A report covers at most {maxDays} days; this period has {(end - start).TotalDays:0.#}."];
        }

        return errors.Count > 0 ? errors : null;
    }

    /// <summary>The Kyiv day a <c>day</c> parameter names, today when none.</summary>
    public static Dictionary<string, string[]>? ParseDay(string? day, TimeProvider time, out ReportPeriod period)
    {
        var date = DateOnly.FromDateTime(KyivTime.Local(time.GetUtcNow()));
        period = new ReportPeriod(default, default);
        if (day is not null && !DateOnly.TryParseExact(day, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date))
        {
            return new() { ["day"] = [$"'{day}' is not a day as yyyy-MM-dd."] };
        }

        period = new ReportPeriod(Midnight(date), Midnight(date.AddDays(1)));
        return null;
    }

    /// <summary>The intervals the period splits into, each clipped to the period; days and hours are Kyiv's.</summary>
    public IReadOnlyList<ReportInterval> Intervals(ReportIntervalLength length)
    {
        var intervals = new List<ReportInterval>();
        var start = length == ReportIntervalLength.Day ? Midnight(DateOnly.FromDateTime(KyivTime.Local(From))) : Floor(From, Step(length));
        while (start < To)
        {
            // A Kyiv day is 23, 24 or 25 hours long; Kyiv's offset is whole hours, so its hours and quarters are UTC's.
            var end = length == ReportIntervalLength.Day
                ? Midnight(DateOnly.FromDateTime(KyivTime.Local(start)).AddDays(1))
                : start + Step(length);
            intervals.Add(new ReportInterval(Max(start, From), Min(end, To)));
            start = end;
        }

        return intervals;
    }

    /// <summary>The shortest interval, and the span the figures are kept for (<c>reporting.quarter</c>).</summary>
    internal static readonly TimeSpan QuarterHour = TimeSpan.FromMinutes(15);

    public static DateTimeOffset Midnight(DateOnly day) => KyivTime.Instant(day.ToDateTime(TimeOnly.MinValue)).ToUniversalTime();

    /// <summary>PostgreSQL keeps microseconds: an interval's start must come back from it as it went in.</summary>
    private static DateTimeOffset Microseconds(DateTimeOffset at) => new(at.UtcTicks - at.UtcTicks % 10, TimeSpan.Zero);

    private static TimeSpan Step(ReportIntervalLength length) =>
        length == ReportIntervalLength.QuarterHour ? QuarterHour : TimeSpan.FromHours(1);

    internal static DateTimeOffset Floor(DateTimeOffset at, TimeSpan step) =>
        new(at.UtcTicks - at.UtcTicks % step.Ticks, TimeSpan.Zero);

    private static DateTimeOffset Max(DateTimeOffset a, DateTimeOffset b) => a > b ? a : b;

    private static DateTimeOffset Min(DateTimeOffset a, DateTimeOffset b) => a < b ? a : b;

    private static DateTimeOffset Instant(string text, bool endOfDay, string parameter, Dictionary<string, string[]> errors)
    {
        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
        {
            return Midnight(endOfDay ? day.AddDays(1) : day);
        }

        if (DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var instant))
        {
            return instant.ToUniversalTime();
        }

        errors[parameter] = [$"'{text}' is neither a day (yyyy-MM-dd) nor an instant (ISO 8601)."];
        return default;
    }
}

public sealed record ReportInterval(DateTimeOffset Start, DateTimeOffset End);

public enum ReportIntervalLength
{
    QuarterHour,
    Hour,
    Day,
}
