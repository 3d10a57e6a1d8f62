using System.Globalization;
using System.Text.Json;
using Microsoft.AspNetCore.Components;
using MudBlazor;
using Ukc.Contracts;
using Ukc.Gateway.Client.Api;

namespace Ukc.Gateway.Client.Pages;

public sealed partial class Wallboard
{
    private static readonly TimeSpan FirstRetry = TimeSpan.FromSeconds(1);
    private static readonly TimeSpan LastRetry = TimeSpan.FromSeconds(10);
    private static readonly TimeSpan ChartRefresh = TimeSpan.FromSeconds(30);
    private const int QuartersPerHour = 4;

    /// <summary>The states of operators at work or about to be, in the order the floor reads them; shelter is shown apart.</summary>
    private static readonly string[] WorkingStates = [Presence.Available, "offered", Presence.Busy, Presence.WrapUp, Presence.Break];

    private readonly CancellationTokenSource stopping = new();
    private LiveFloor? live;
    private bool connected = true;
    private TimeSpan clockOffset;
    private bool chartsFailed;
    private List<ChartSeries<double>> arrivals = [];
    private List<ChartSeries<double>> serviceLevels = [];
    private string[] quarterLabels = [];
    private string[] hourLabels = [];
    private LineChartOptions arrivalOptions = new();
    private BarChartOptions serviceLevelOptions = new();

    /// <summary><c>?tv=1</c>: full screen for a TV on the wall, without the app bar and in bigger type.</summary>
    [SupplyParameterFromQuery(Name = "tv")]
    public int? TvMode { get; set; }

    private bool Tv => TvMode == 1;

    private Typo HeadingTypo => Tv ? Typo.h4 : Typo.h6;

    private Typo FigureTypo => Tv ? Typo.h3 : Typo.h4;

    private string ChartHeight => Tv ? "360px" : "260px";

    protected override void OnInitialized()
    {
        arrivalOptions = new LineChartOptions
        {
            XAxisLabelInterval = 2 * QuartersPerHour,
            XAxisTitle = T["Time"],
            YAxisTitle = T["Appeals"],
            ConnectNullPoints = false,
        };
        serviceLevelOptions = new BarChartOptions { YAxisSuggestedMax = 100, XAxisLabelInterval = 2, YAxisTitle = T["ServiceLevelPercent"] };
        _ = ListenAsync(stopping.Token);
        _ = RefreshChartsAsync(stopping.Token);
    }

    /// <summary>Follows the live feed, reading it again after a short wait, growing to <see cref="LastRetry"/>, whenever it ends or fails.</summary>
    private async Task ListenAsync(CancellationToken cancellationToken)
    {
        var retry = FirstRetry;
        while (!cancellationToken.IsCancellationRequested)
        {
            try
            {
                await foreach (var floor in Reports.LiveAsync(cancellationToken))
                {
                    live = floor;
                    clockOffset = floor.At - DateTimeOffset.UtcNow;
                    connected = true;
                    retry = FirstRetry;
                    StateHasChanged();
                }
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e) when (e is HttpRequestException or ApiProblem or JsonException or IOException or OperationCanceledException)
            {
                // The stream broke (a dropped connection, a restarted service, a proxy's timeout): the next try says more.
            }

            connected = false;
            StateHasChanged();
            try
            {
                await Task.Delay(retry, cancellationToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }

            retry = TimeSpan.FromTicks(Math.Min(retry.Ticks * 2, LastRetry.Ticks));
        }
    }

    private async Task RefreshChartsAsync(CancellationToken cancellationToken)
    {
        using var timer = new PeriodicTimer(ChartRefresh);
        do
        {
            try
            {
                var quarters = await Reports.IntervalsAsync("15m", cancellationToken);
                var hours = await Reports.IntervalsAsync("1h", cancellationToken);
                var forecast = await Reports.ForecastAccuracyAsync(cancellationToken);
                ShowCharts(quarters, hours, forecast);
                chartsFailed = false;
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e) when (e is HttpRequestException or ApiProblem or JsonException)
            {
                chartsFailed = true;
            }

            StateHasChanged();
        }
        while (await NextTickAsync(timer, cancellationToken));
    }

    private void ShowCharts(IReadOnlyList<IntervalFigures> quarters, IReadOnlyList<IntervalFigures> hours, ForecastAccuracyReport forecast)
    {
        var now = DateTimeOffset.UtcNow + clockOffset;
        var perHour = forecast.Hours.ToDictionary(h => h.Hour.ToUniversalTime(), h => h.Forecast);
        quarterLabels = [.. quarters.Select(q => Clock(q.Start))];
        // Quarters still to come have no count yet, rather than a count of nothing.
        double?[] received = [.. quarters.Select(q => q.Start <= now ? q.Received : (double?)null)];
        double?[] expected = [.. quarters.Select(q => perHour.GetValueOrDefault(HourOf(q.Start)) / QuartersPerHour)];
        arrivals =
        [
            new() { Name = T["ArrivalsActual"], Data = received },
            new() { Name = T["ArrivalsForecast"], Data = expected },
        ];
        hourLabels = [.. hours.Select(h => Clock(h.Start))];
        double?[] levels = [.. hours.Select(h => h.ServiceLevel * 100)];
        serviceLevels = [new() { Name = T["ServiceLevel"], Data = levels }];
    }

    private static DateTimeOffset HourOf(DateTimeOffset instant)
    {
        var utc = instant.ToUniversalTime();
        return new DateTimeOffset(utc.Year, utc.Month, utc.Day, utc.Hour, 0, 0, TimeSpan.Zero);
    }

    private static async Task<bool> NextTickAsync(PeriodicTimer timer, CancellationToken cancellationToken)
    {
        try
        {
            return await timer.WaitForNextTickAsync(cancellationToken);
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }

    private string AlertKind(string kind) => T[$"Alert.{kind}"] is { ResourceNotFound: false } found ? found.Value : kind;

    /// <summary>A queue is named by the skills it needs: its category, its language and perhaps first aid.</summary>
    private string QueueName(string queue) => queue.Length == 0
        ? T["NoQueue"]
        : string.Join(" · ", queue.Split('+').Select(skill =>
            Categories.All.Contains(skill) ? Names.Category(skill)
            : skill == Skills.PsychologicalFirstAid ? T["FirstAid"].Value
            : Names.Language(skill)));

    private static string Clock(DateTimeOffset instant, bool seconds = false) =>
        KyivTime.Local(instant).ToString(seconds ? "HH:mm:ss" : "HH:mm", CultureInfo.InvariantCulture);

    // Plain digits, so a figure reads as a number to a screen reader and a test alike.
    private static string Count(long value) => value.ToString(CultureInfo.InvariantCulture);

    private static string Number(double value) => value.ToString("0.#", CultureInfo.CurrentCulture);

    private static double Percent(double? share) => Math.Clamp((share ?? 0) * 100, 0, 100);

    private static string Share(double? share) => share is { } value ? value.ToString("P0", CultureInfo.CurrentCulture) : "—";

    private static string Duration(double? seconds) => seconds is { } value
        ? TimeSpan.FromSeconds(Math.Round(value)) is var span && span.TotalHours >= 1 ? $"{(int)span.TotalHours}:{span:mm\\:ss}" : $"{span:m\\:ss}"
        : "—";

    public async ValueTask DisposeAsync()
    {
        await stopping.CancelAsync();
        stopping.Dispose();
    }
}
