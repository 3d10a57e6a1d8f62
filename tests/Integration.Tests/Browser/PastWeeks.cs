using System.Net.Http.Json;
using System.Text.Json;
using MassTransit;
using Ukc.Contracts;

namespace Integration.Tests.Browser;

/// <summary>
/// Gives a freshly started system the history a working hotline has: the appeals of today's weekday one and two
/// weeks ago, hour by hour, told to Staffing alone (straight to its queue, so no operator gets them), so that the
/// forecast the wallboard and the staffing desk chart is a real day's curve rather than zeros.
/// </summary>
internal static class PastWeeks
{
    private static readonly int[] AppealsPerHour = [2, 1, 1, 1, 1, 2, 5, 12, 30, 55, 70, 80, 85, 80, 75, 70, 60, 50, 40, 30, 20, 12, 6, 3];
    private static readonly TimeZoneInfo Kyiv = TimeZoneInfo.FindSystemTimeZoneById("Europe/Kyiv");

    public static async Task GiveAsync(UkcSystem system)
    {
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow, Kyiv).DateTime);
        if (await ForecastForNoonAsync(system, today) > 0)
        {
            return;
        }

        var staffing = await system.Bus.GetSendEndpoint(new Uri("queue:staffing-appeal-received"));
        foreach (var weeksBack in new[] { 1, 2 })
        {
            var day = today.AddDays(-7 * weeksBack);
            var appeals = AppealsPerHour.SelectMany((count, hour) => Enumerable.Range(0, count).Select(n =>
            {
                var local = day.ToDateTime(new TimeOnly(hour, n * 59 / count));
                return new AppealReceived(Guid.NewGuid(), Channels.Web, "Потрібна евакуація", "kharkiv", "uk", new DateTimeOffset(local, Kyiv.GetUtcOffset(local)));
            }));
            await staffing.SendBatch(appeals);
        }

        await Eventually.HoldsAsync(() => ForecastForNoonAsync(system, today), noon => noon >= AppealsPerHour[12] * 0.9, TimeSpan.FromSeconds(60));
    }

    private static async Task<double> ForecastForNoonAsync(UkcSystem system, DateOnly day)
    {
        var forecast = await system.Gateway.GetFromJsonAsync<JsonElement>($"/api/staffing/forecast?date={day:yyyy-MM-dd}");
        return forecast.GetProperty("hours")[12].GetProperty("forecastArrivals").GetDouble();
    }
}
