using System.Net.Http.Json;

namespace Ukc.Gateway.Client.Api;

/// <summary>
/// Adds the antiforgery token the gateway asks of a browser signed in with its session cookie to every request that
/// changes something; the token is fetched once and again after a sign-in changed it.
/// </summary>
public sealed class AntiforgeryHandler : DelegatingHandler
{
    private const string HeaderName = "X-CSRF-TOKEN";
    private string? token;

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        if (request.Method == HttpMethod.Get)
        {
            return await base.SendAsync(request, cancellationToken);
        }

        token ??= await FetchAsync(request.RequestUri!, cancellationToken);
        request.Headers.Remove(HeaderName);
        request.Headers.Add(HeaderName, token);
        var response = await base.SendAsync(request, cancellationToken);
        if (response.StatusCode == System.Net.HttpStatusCode.BadRequest && response.Content.Headers.ContentType?.MediaType == "application/problem+json"
            && (await response.Content.ReadAsStringAsync(cancellationToken)).Contains("Antiforgery", StringComparison.Ordinal))
        {
            token = null; // the session changed since; the next request fetches a new token
        }

        return response;
    }

    private async Task<string> FetchAsync(Uri requestUri, CancellationToken cancellationToken)
    {
        using var fetch = new HttpRequestMessage(HttpMethod.Get, new Uri(requestUri, "/api/auth/antiforgery"));
        using var response = await base.SendAsync(fetch, cancellationToken);
        await ApiProblem.ThrowUnlessSuccessAsync(response, cancellationToken);
        return (await response.Content.ReadFromJsonAsync<AntiforgeryToken>(cancellationToken))!.Token;
    }

    private sealed record AntiforgeryToken(string Token);
}
