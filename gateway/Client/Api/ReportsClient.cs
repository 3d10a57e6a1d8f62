using System.Net.Http.Json;
using System.Net.ServerSentEvents;
using System.Runtime.CompilerServices;
using System.Text.Json;
using Microsoft.AspNetCore.Components.WebAssembly.Http;
using Ukc.Contracts;

namespace Ukc.Gateway.Client.Api;

/// <summary>Reporting's <c>/api/reports</c> as the wallboard reads it: the live floor, today's intervals and the forecast beside them.</summary>
public sealed class ReportsClient(HttpClient http)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>Today's figures in Kyiv so far, and the floor now.</summary>
    public Task<Summary> SummaryAsync(CancellationToken cancellationToken = default) =>
        ReadAsync<Summary>("api/reports/summary", cancellationToken);

    /// <summary>Today's figures per interval: <c>15m</c>, <c>1h</c> or <c>1d</c>.</summary>
    public Task<IReadOnlyList<IntervalFigures>> IntervalsAsync(string interval, CancellationToken cancellationToken = default) =>
        ReadAsync<IReadOnlyList<IntervalFigures>>($"api/reports/intervals?interval={interval}", cancellationToken);

    /// <summary>Today's appeals of each Kyiv hour beside Staffing's forecast for it.</summary>
    public Task<ForecastAccuracyReport> ForecastAccuracyAsync(CancellationToken cancellationToken = default) =>
        ReadAsync<ForecastAccuracyReport>("api/reports/forecast-accuracy", cancellationToken);

    /// <summary>The floor and today's figures at once, then each time they change; ends when the stream is cut.</summary>
    public async IAsyncEnumerable<LiveFloor> LiveAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "api/reports/live");
        request.SetBrowserResponseStreamingEnabled(true);
        using var response = await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken);
        await ApiProblem.ThrowUnlessSuccessAsync(response, cancellationToken);
        await using var stream = await response.Content.ReadAsStreamAsync(cancellationToken);
        await foreach (var item in SseParser.Create(stream, (_, data) => JsonSerializer.Deserialize<LiveFloor>(data, Json)!).EnumerateAsync(cancellationToken))
        {
            yield return item.Data;
        }
    }

    private async Task<T> ReadAsync<T>(string uri, CancellationToken cancellationToken)
    {
        using var response = await http.GetAsync(uri, cancellationToken);
        await ApiProblem.ThrowUnlessSuccessAsync(response, cancellationToken);
        return (await response.Content.ReadFromJsonAsync<T>(Json, cancellationToken))!;
    }
}
