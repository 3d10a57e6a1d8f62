using System.Net;
using System.Net.Http.Headers;
using System.Security.Claims;
using Ukc.Contracts;
using Ukc.Gateway.Accounts;

namespace Ukc.Gateway.Citizens;

/// <summary>What the citizen's pages ask of the services: filing an appeal, its status, and the wait in its queue.</summary>
public sealed class CitizenDesk(HttpClient http, ServiceTokenTransform tokens)
{
    private static readonly ClaimsPrincipal Citizen = new(new ClaimsIdentity());

    /// <summary>Files the appeal; the same idempotency key (one per rendered form) files it once however often the form is sent.</summary>
    public async Task<Filing> FileAsync(AppealSubmission submission, string idempotencyKey, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "http://intake/api/appeals") { Content = JsonContent.Create(submission) };
        request.Headers.Add("Idempotency-Key", idempotencyKey);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", tokens.TokenFor(Citizen));
        using var response = await http.SendAsync(request, cancellationToken);
        if (response.IsSuccessStatusCode)
        {
            return new Filing(await response.Content.ReadFromJsonAsync<AppealAccepted>(cancellationToken), null, response.StatusCode);
        }

        var problem = response.Content.Headers.ContentType?.MediaType == "application/problem+json"
            ? await response.Content.ReadFromJsonAsync<Problem>(cancellationToken)
            : null;
        return new Filing(null, problem?.Errors ?? [], response.StatusCode);
    }

    /// <summary>The appeal as its citizen may see it, or null when the id and the code do not match one.</summary>
    public async Task<AppealView?> StatusAsync(Guid id, string? code, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, $"http://intake/api/appeals/{id}?code={Uri.EscapeDataString(code ?? "")}");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", tokens.TokenFor(Citizen));
        using var response = await http.SendAsync(request, cancellationToken);
        return response.StatusCode == HttpStatusCode.OK ? await response.Content.ReadFromJsonAsync<AppealView>(cancellationToken) : null;
    }

    /// <summary>How long the appeal's queue expects a new appeal to wait, when routing knows.</summary>
    public async Task<TimeSpan?> EstimatedWaitAsync(Guid id, CancellationToken cancellationToken)
    {
        var routed = await ReadAsGatewayAsync<RoutedAppeal>($"http://assignment/api/assignments/appeals/{id}", cancellationToken);
        var queues = routed is null ? null : await ReadAsGatewayAsync<List<QueueState>>("http://assignment/api/assignments/queues", cancellationToken);
        return queues?.FirstOrDefault(q => q.Queue == routed!.Queue)?.EstimatedWaitSeconds is { } seconds ? TimeSpan.FromSeconds(seconds) : null;
    }

    private async Task<T?> ReadAsGatewayAsync<T>(string uri, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, uri);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", tokens.TokenForGateway());
        using var response = await http.SendAsync(request, cancellationToken);
        return response.StatusCode == HttpStatusCode.OK ? await response.Content.ReadFromJsonAsync<T>(cancellationToken) : default;
    }

    private sealed record Problem(Dictionary<string, string[]>? Errors);
}

/// <summary>What filing answered: the accepted appeal, or the fields that were wrong, or another refusal by its status.</summary>
public sealed record Filing(AppealAccepted? Accepted, Dictionary<string, string[]>? Errors, HttpStatusCode Status);
