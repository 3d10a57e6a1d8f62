using System.Net;
using System.Net.Http.Json;

namespace Ukc.Gateway.Client.Api;

/// <summary>A problem the API answered (RFC 9457): its title, detail and, for a validation problem, the fields' errors.</summary>
public sealed class ApiProblem(HttpStatusCode status, string title, string? detail, IReadOnlyDictionary<string, string[]> errors)
    : Exception(detail is null ? title : $"{title} {detail}")
{
    public HttpStatusCode Status { get; } = status;

    public string Title { get; } = title;

    public string? Detail { get; } = detail;

    public IReadOnlyDictionary<string, string[]> Errors { get; } = errors;

    /// <summary>Throws the response's problem unless it succeeded.</summary>
    public static async Task ThrowUnlessSuccessAsync(HttpResponseMessage response, CancellationToken cancellationToken = default)
    {
        if (response.IsSuccessStatusCode)
        {
            return;
        }

        var body = response.Content.Headers.ContentType?.MediaType == "application/problem+json"
            ? await response.Content.ReadFromJsonAsync<ProblemBody>(cancellationToken)
            : null;
        throw new ApiProblem(response.StatusCode, body?.Title ?? response.ReasonPhrase ?? response.StatusCode.ToString(), body?.Detail,
            body?.Errors ?? new Dictionary<string, string[]>());
    }

    private sealed record ProblemBody(string? Title, string? Detail, Dictionary<string, string[]>? Errors);
}
