using System.Net;
using System.Net.Http.Json;
using System.Net.ServerSentEvents;
using System.Runtime.CompilerServices;
using System.Text.Json;
using Microsoft.AspNetCore.Components.WebAssembly.Http;
using Ukc.Contracts;

namespace Ukc.Gateway.Client.Api;

/// <summary>Assignment's <c>/api/operators</c>: an operator's presence, offers, the appeal in hand and their stream of notices.</summary>
public sealed class OperatorsClient(HttpClient http)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public Task<OperatorState> GetAsync(string id) => ReadAsync<OperatorState>(http.GetAsync($"api/operators/{id}"));

    public Task<OperatorState> SetPresenceAsync(string id, string presence) =>
        ReadAsync<OperatorState>(http.PutAsJsonAsync($"api/operators/{id}/presence", new PresenceRequest(presence)));

    public Task<OperatorState> HeartbeatAsync(string id) => ReadAsync<OperatorState>(http.PostAsync($"api/operators/{id}/heartbeat", null));

    public Task<OperatorState> AcceptAsync(string id, Guid appealId) =>
        ReadAsync<OperatorState>(http.PostAsync($"api/operators/{id}/offers/{appealId}/accept", null));

    public Task<OperatorState> DeclineAsync(string id, Guid appealId) =>
        ReadAsync<OperatorState>(http.PostAsync($"api/operators/{id}/offers/{appealId}/decline", null));

    public Task<RoutedAppeal> ResolveAsync(string id, Guid appealId, ResolveRequest resolution) =>
        ReadAsync<RoutedAppeal>(http.PostAsJsonAsync($"api/operators/{id}/appeals/{appealId}/resolve", resolution));

    /// <summary>The appeal offered to the operator now, or null.</summary>
    public Task<RoutedAppeal?> OfferAsync(string id) => ReadOptionalAsync(http.GetAsync($"api/operators/{id}/offer"));

    /// <summary>The appeal the operator holds, or null.</summary>
    public Task<RoutedAppeal?> AssignmentAsync(string id) => ReadOptionalAsync(http.GetAsync($"api/operators/{id}/assignment"));

    /// <summary>The operator's notices as they come, beginning with their state now; ends when the stream is cut.</summary>
    public async IAsyncEnumerable<OperatorNotice> NoticesAsync(string id, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, $"api/operators/{id}/offers");
        request.SetBrowserResponseStreamingEnabled(true);
        using var response = await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken);
        await ApiProblem.ThrowUnlessSuccessAsync(response, cancellationToken);
        await using var stream = await response.Content.ReadAsStreamAsync(cancellationToken);
        await foreach (var item in SseParser.Create(stream, (_, data) => JsonSerializer.Deserialize<OperatorNotice>(data, Json)!).EnumerateAsync(cancellationToken))
        {
            yield return item.Data;
        }
    }

    private static async Task<T> ReadAsync<T>(Task<HttpResponseMessage> sending)
    {
        using var response = await sending;
        await ApiProblem.ThrowUnlessSuccessAsync(response);
        return (await response.Content.ReadFromJsonAsync<T>())!;
    }

    private static async Task<RoutedAppeal?> ReadOptionalAsync(Task<HttpResponseMessage> sending)
    {
        using var response = await sending;
        await ApiProblem.ThrowUnlessSuccessAsync(response);
        return response.StatusCode == HttpStatusCode.NoContent ? null : await response.Content.ReadFromJsonAsync<RoutedAppeal>();
    }
}
