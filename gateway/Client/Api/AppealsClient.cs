using System.Net.Http.Json;
using Ukc.Contracts;

namespace Ukc.Gateway.Client.Api;

/// <summary>Intake's <c>/api/appeals</c> as staff read it.</summary>
public sealed class AppealsClient(HttpClient http)
{
    public async Task<AppealView> GetAsync(Guid id, CancellationToken cancellationToken = default)
    {
        using var response = await http.GetAsync($"api/appeals/{id}", cancellationToken);
        await ApiProblem.ThrowUnlessSuccessAsync(response, cancellationToken);
        return (await response.Content.ReadFromJsonAsync<AppealView>(cancellationToken))!;
    }
}
