using System.Net;
using System.Net.Http.Json;
using Ukc.Contracts;

namespace Ukc.Gateway.Client.Api;

/// <summary>The gateway's guidance cards: what to ask and tell for a category.</summary>
public sealed class GuidanceClient(HttpClient http)
{
    public async Task<GuidanceCard?> FindAsync(string category, string language)
    {
        using var response = await http.GetAsync($"api/guidance/{Uri.EscapeDataString(category)}?language={language}");
        if (response.StatusCode == HttpStatusCode.NotFound)
        {
            return null;
        }

        await ApiProblem.ThrowUnlessSuccessAsync(response);
        return await response.Content.ReadFromJsonAsync<GuidanceCard>();
    }
}
