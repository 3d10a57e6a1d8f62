using System.Net;
using System.Net.Http.Json;
using Ukc.Reporting.Figures;

namespace Reporting.Tests;

/// <summary>Answers Reporting's calls to <c>/api/staffing/forecast?date=</c> with a set number of arrivals for every Kyiv hour.</summary>
public sealed class StaffingForecasts : HttpMessageHandler
{
    public Func<DateTimeOffset, double> ArrivalsPerHour { get; set; } = _ => 0;

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var query = System.Web.HttpUtility.ParseQueryString(request.RequestUri!.Query);
        if (request.RequestUri.AbsolutePath != "/api/staffing/forecast" || !DateOnly.TryParse(query["date"], out var day))
        {
            return Task.FromResult(new HttpResponseMessage(HttpStatusCode.NotFound));
        }

        var hours = new ReportPeriod(ReportPeriod.Midnight(day), ReportPeriod.Midnight(day.AddDays(1))).Intervals(ReportIntervalLength.Hour)
            .Select(h => new { hour = h.Start, forecastArrivals = ArrivalsPerHour(h.Start) });
        return Task.FromResult(new HttpResponseMessage(HttpStatusCode.OK) { Content = JsonContent.Create(new { date = day, hours }) });
    }
}
