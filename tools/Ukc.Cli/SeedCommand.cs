using Ukc.Contracts;
using System.Net.Http.Json;
using System.Text;
using Ukc.ServiceDefaults.Auth;
using Ukc.Staffing.Apis;

namespace Ukc.Cli;

/// <summary>
/// Loads the shipped roster of 45 operators through the gateway's CSV import, and makes an account for each of
/// them and for a supervisor, <c>supervisor</c>. The import replaces operators by id and an account is made only
/// once, so seeding twice leaves the same 45 and the same passwords.
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

        using var client = await GatewaySession.AsAdminAsync(gateway, options.Text("admin-password"));
        using var content = new StringContent(csv, Encoding.UTF8, "text/csv");
        using var response = await client.PostAsync(new Uri("/api/staffing/operators/import", UriKind.Relative), content);
        if (!response.IsSuccessStatusCode)
        {
            await output.WriteLineAsync($"The roster was not imported: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
            return 1;
        }

        var result = await response.Content.ReadFromJsonAsync<ImportResult>();
        await output.WriteLineAsync($"Imported {result?.Imported} operators into the roster through {gateway}; it now holds {result?.Total}.");
        var accounts = RosterIds(csv).Select(id => (id, Roles.Operator)).Append((Supervisor, Roles.Supervisor));
        await AddAccountsAsync(client, accounts, options.Text("passwords"), output);
        return 0;
    }

    /// <summary>The seeded supervisor's user name; its password is written with the operators'.</summary>
    public const string Supervisor = "supervisor";

    private static IEnumerable<string> RosterIds(string csv) =>
        csv.Split('\n', StringSplitOptions.RemoveEmptyEntries).Skip(1).Select(line => line.Split(',')[0].Trim());

    /// <summary>An account for each roster operator, linked by the same id, and the supervisor's.</summary>
    private static async Task AddAccountsAsync(
        HttpClient admin, IEnumerable<(string UserName, string Role)> accounts, string? passwordFile, TextWriter output)
    {
        var given = passwordFile is null
            ? new Dictionary<string, string>()
            : File.ReadLines(passwordFile).Select(line => line.Split(' ', 2, StringSplitOptions.TrimEntries)).Where(p => p.Length == 2).ToDictionary(p => p[0], p => p[1]);
        var made = new List<string>();
        foreach (var (userName, role) in accounts)
        {
            var password = given.GetValueOrDefault(userName) ?? GatewaySession.NewPassword();
            if (await GatewaySession.AddUserAsync(admin, userName, password, role) && passwordFile is null)
            {
                made.Add($"{userName} {password}");
            }
        }

        if (passwordFile is not null)
        {
            await output.WriteLineAsync($"The accounts have the passwords in {passwordFile}.");
        }
        else if (made.Count > 0)
        {
            const string written = "ukc-dev-passwords.txt";
            await File.AppendAllLinesAsync(written, made);
            if (!OperatingSystem.IsWindows())
            {
                File.SetUnixFileMode(written, UnixFileMode.UserRead | UnixFileMode.UserWrite);
            }

            await output.WriteLineAsync($"Made {made.Count} accounts; their development passwords are in {Path.GetFullPath(written)}.");
        }
    }
}
