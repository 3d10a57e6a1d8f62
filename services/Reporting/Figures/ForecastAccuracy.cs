using Ukc.Contracts;
using System.Net.Http.Json;

namespace Ukc.Reporting.Figures;

/// <summary>Sets the appeals received each hour beside Staffing's forecast for that hour, from Staffing's public API.</summary>
public sealed class ForecastAccuracy(HttpClient staffing, FigureQueries figures)
{
    public const int MaxDays = 31;

    public async Task<ForecastAccuracyReport> ForPeriodAsync(ReportPeriod period, CancellationToken cancellationToken)
    {
        var hours = period.Intervals(ReportIntervalLength.Hour);
        var actual = await figures.CountAsync(hours, Grouping.None, cancellationToken);
        var forecast = new Dictionary<DateTimeOffset, double>();
        var days = hours.Select(h => DateOnly.FromDateTime(KyivTime.Local(h.Start))).Distinct();
        foreach (var day in days)
        {
            var plan = await staffing.GetFromJsonAsync<StaffingForecast>($"/api/staffing/forecast?date={day:yyyy-MM-dd}", UkcJson.Options, cancellationToken);
            foreach (var hour in plan?.Hours ?? [])
            {
                forecast[hour.Hour.ToUniversalTime()] = hour.ForecastArrivals;
            }
        }

        var rows = hours.Select(h => new ForecastHour(
            KyivTime.InKyiv(h.Start),
            actual.GetValueOrDefault((h.Start, null))?.Received ?? 0,
            forecast.TryGetValue(h.Start, out var expected) ? expected : null)).ToList();
        var forecasted = rows.Where(r => r.Forecast is not null).ToList();
        var withAppeals = forecasted.Where(r => r.Actual > 0).ToList();
        return new ForecastAccuracyReport(
            rows,
            forecasted.Count > 0 ? forecasted.Average(r => Math.Abs(r.Actual - r.Forecast!.Value)) : null,
            withAppeals.Count > 0 ? withAppeals.Average(r => Math.Abs(r.Actual - r.Forecast!.Value) / r.Actual) : null);
    }

    private sealed record StaffingForecast(IReadOnlyList<StaffingHour> Hours);

    private sealed record StaffingHour(DateTimeOffset Hour, double ForecastArrivals);
}
