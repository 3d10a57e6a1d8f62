using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Ukc.ServiceDefaults.Auth;

namespace Integration.Tests;

/// <summary>Every sign-in and every supervisor's and admin's change reaches Reporting's audit trail, naming who did it.</summary>
[Collection(UkcSystemCollection.Name)]
public sealed class AuditTests(UkcSystem system)
{
    [Fact]
    public async Task Sign_ins_and_the_changes_supervisors_and_admins_make_are_listed_with_who_what_and_when()
    {
        var run = Guid.NewGuid().ToString("N")[..6];
        var supervisorName = $"sup-audit-{run}";
        var operatorId = $"op-audit-{run}";
        var password = $"password-of-{supervisorName}";
        var before = DateTimeOffset.UtcNow.AddSeconds(-1);

        Assert.Equal(HttpStatusCode.Created, (await system.Gateway.PostAsJsonAsync("/api/auth/users",
            new { userName = supervisorName, password, roles = new[] { Roles.Operator } })).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await system.Gateway.PutAsJsonAsync($"/api/auth/users/{supervisorName}/roles", new[] { Roles.Supervisor })).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized,
            (await system.Citizen().PostAsJsonAsync("/api/auth/token", new { userName = supervisorName, password = "not-the-password-at-all" })).StatusCode);
        var supervisor = await system.SignInAsync(supervisorName, password);

        Assert.Equal(HttpStatusCode.Created, (await supervisor.PostAsJsonAsync("/api/staffing/operators", new
        {
            id = operatorId, name = "Ірина Савчук", region = "kyiv_city", shelteredWorkplace = false,
            skills = new[] { new { skill = "evacuation", proficiency = 2 }, new { skill = "uk", proficiency = 3 } },
        })).StatusCode);
        var alert = await supervisor.PostAsJsonAsync("/api/staffing/alerts", new { kind = "power_outage", regions = new[] { "chernivtsi" }, active = true });
        Assert.Equal(HttpStatusCode.OK, alert.StatusCode);
        var alertId = (await alert.Content.ReadFromJsonAsync<JsonElement>()).EnumerateArray().First().GetProperty("alertId").GetGuid();
        Assert.Equal(HttpStatusCode.OK, (await supervisor.PostAsJsonAsync("/api/staffing/alerts", new { alertId, active = false })).StatusCode);

        await Eventually.HoldsAsync(() => system.Gateway.GetAsync($"/api/operators/{operatorId}"), r => r.StatusCode == HttpStatusCode.OK);
        var op = await system.OperatorAsync(operatorId);
        Assert.Equal(HttpStatusCode.OK, (await op.PutAsJsonAsync($"/api/operators/{operatorId}/presence", new { presence = "available" })).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await supervisor.PutAsJsonAsync($"/api/operators/{operatorId}/presence", new { presence = "break" })).StatusCode);

        var bySupervisor = await Eventually.HoldsAsync(() => AuditAsync(supervisor, supervisorName, before),
            entries => entries.Count(e => e.Action == "RegionalAlertChanged") == 2 && entries.Any(e => e.Action == "OperatorPresenceChanged"));
        Assert.Equal(["failed", "signed_in"], bySupervisor.Where(e => e.Action == "SignInAttempted").Select(e => e.Details.GetProperty("outcome").GetString()).Reverse());
        Assert.Contains(bySupervisor, e => e.Action == "OperatorRosterChanged" && e.OperatorId == operatorId);
        Assert.Contains(bySupervisor, e => e.Action == "OperatorPresenceChanged" && e.OperatorId == operatorId
            && e.Details.GetProperty("current").GetString() == "break");
        Assert.All(bySupervisor, e => Assert.InRange(e.At, before, DateTimeOffset.UtcNow.AddSeconds(1)));

        var byAdmin = await Eventually.HoldsAsync(() => AuditAsync(system.Gateway, "admin", before),
            entries => entries.Count(e => e.Action == "AccountChanged" && e.Details.GetProperty("userName").GetString() == supervisorName) == 2);
        Assert.Equal(HttpStatusCode.NoContent, (await system.Gateway.PostAsync("/api/reports/rebuild", null)).StatusCode);
        Assert.Contains(await AuditAsync(system.Gateway, "admin", before), e => e.Action == "ReportsRebuilt");
        var roleChange = byAdmin.First(e => e.Action == "AccountChanged" && e.Details.GetProperty("userName").GetString() == supervisorName);
        Assert.Equal([Roles.Supervisor], roleChange.Details.GetProperty("roles").EnumerateArray().Select(r => r.GetString()));

        // An operator's own work is in the history, not the audit: only their sign-in names them.
        var byOperator = await AuditAsync(supervisor, operatorId, before);
        Assert.Equal(["SignInAttempted"], byOperator.Select(e => e.Action));
        Assert.Equal(HttpStatusCode.Forbidden, (await op.GetAsync("/api/reports/audit")).StatusCode);
    }

    private static async Task<List<Entry>> AuditAsync(HttpClient client, string actor, DateTimeOffset from)
    {
        var page = await client.GetFromJsonAsync<JsonElement>($"/api/reports/audit?actor={actor}&from={Uri.EscapeDataString(from.ToString("O"))}");
        return [.. page.GetProperty("entries").EnumerateArray().Select(e => new Entry(
            e.GetProperty("at").GetDateTimeOffset(), e.GetProperty("action").GetString()!,
            e.GetProperty("operatorId").GetString(), e.GetProperty("details")))];
    }

    private sealed record Entry(DateTimeOffset At, string Action, string? OperatorId, JsonElement Details);
}
