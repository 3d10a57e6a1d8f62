using System.Net.Http.Json;
using System.Text;
using Ukc.Staffing.Apis;

namespace Ukc.Cli;

/// <summary>
/// Loads the shipped roster of 45 operators through the gateway's CSV import. The import replaces
/// operators by id, so seeding twice leaves the same 45.
/// </summary>
public static class SeedCommand
{
    public static async Task<int> RunAsync(CommandOptions options, TextWriter output)
    {
        var gateway = new Uri(options.Text("gateway", "http://localhost:5080"));
        using var stream = typeof(SeedCommand).Assembly.GetManifestResourceStream("roster-seed.csv")
            ?? throw new InvalidOperationException("The shipped roster is not embedded in the tool.");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        var csv = await reader.ReadToEndAsync();

        using var client = new HttpClient { BaseAddress = gateway };
        using var content = new StringContent(csv, Encoding.UTF8, "text/csv");
        using var response = await client.PostAsync(new Uri("/api/staffing/operators/import", UriKind.Relative), content);
        if (!response.IsSuccessStatusCode)
        {
            await output.WriteLineAsync($"The roster was not imported: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
            return 1;
        }

        var result = await response.Content.ReadFromJsonAsync<ImportResult>();
        await output.WriteLineAsync($"Imported {result?.Imported} operators into the roster through {gateway}; it now holds {result?.Total}.");
        return 0;
    }
}
