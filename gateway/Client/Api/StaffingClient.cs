using System.Globalization;
using System.Net.Http.Json;
using Ukc.Contracts;

namespace Ukc.Gateway.Client.Api;

/// <summary>Staffing's <c>/api/staffing</c>: the roster, shifts, the Erlang calculator, the forecast and regional alerts.</summary>
public sealed class StaffingClient(HttpClient http)
{
    public Task<IReadOnlyList<OperatorView>> OperatorsAsync() => ReadAsync<IReadOnlyList<OperatorView>>(http.GetAsync("api/staffing/operators"));

    public Task<Operator> AddAsync(OperatorSubmission submission) =>
        ReadAsync<Operator>(http.PostAsJsonAsync("api/staffing/operators", submission));

    public Task<Operator> PutAsync(string id, OperatorSubmission submission) =>
        ReadAsync<Operator>(http.PutAsJsonAsync($"api/staffing/operators/{Uri.EscapeDataString(id)}", submission));

    public async Task RemoveAsync(string id)
    {
        using var response = await http.DeleteAsync($"api/staffing/operators/{Uri.EscapeDataString(id)}");
        await ApiProblem.ThrowUnlessSuccessAsync(response);
    }

    /// <summary>Imports a roster CSV; a file with a bad line imports nothing and throws the problem naming each line.</summary>
    public async Task<ImportResult> ImportAsync(string csv)
    {
        using var content = new StringContent(csv, System.Text.Encoding.UTF8, "text/csv");
        return await ReadAsync<ImportResult>(http.PostAsync("api/staffing/operators/import", content));
    }

    public async Task<string> ExportAsync()
    {
        using var response = await http.GetAsync("api/staffing/operators/export");
        await ApiProblem.ThrowUnlessSuccessAsync(response);
        return await response.Content.ReadAsStringAsync();
    }

    public Task<IReadOnlyList<ScheduleHour>> ScheduleAsync(DateOnly day) =>
        ReadAsync<IReadOnlyList<ScheduleHour>>(http.GetAsync($"api/staffing/schedule?date={Day(day)}"));

    public Task<OnShiftView> OnShiftAsync() => ReadAsync<OnShiftView>(http.GetAsync("api/staffing/on-shift"));

    public Task<StaffingAnswer> ErlangAsync(StaffingQuestion question) =>
        ReadAsync<StaffingAnswer>(http.PostAsJsonAsync("api/staffing/erlang", question));

    public Task<ForecastView> ForecastAsync(DateOnly day) =>
        ReadAsync<ForecastView>(http.GetAsync($"api/staffing/forecast?date={Day(day)}"));

    public Task<IReadOnlyList<AlertView>> AlertsAsync() => ReadAsync<IReadOnlyList<AlertView>>(http.GetAsync("api/staffing/alerts"));

    public Task<IReadOnlyList<RegionalAlertChanged>> ChangeAlertAsync(AlertChange change) =>
        ReadAsync<IReadOnlyList<RegionalAlertChanged>>(http.PostAsJsonAsync("api/staffing/alerts", change));

    private static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static async Task<T> ReadAsync<T>(Task<HttpResponseMessage> sending)
    {
        using var response = await sending;
        await ApiProblem.ThrowUnlessSuccessAsync(response);
        return (await response.Content.ReadFromJsonAsync<T>())!;
    }
}
