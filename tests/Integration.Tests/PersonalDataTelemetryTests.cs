using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Ukc.Contracts;

namespace Integration.Tests;

/// <summary>Citizens' phone numbers and names never leave the system in its logs, traces or metrics.</summary>
[Collection(UkcSystemCollection.Name)]
public sealed class PersonalDataTelemetryTests(UkcSystem system)
{
    [Fact]
    public async Task No_process_exports_a_citizen_s_phone_or_name_from_filing_through_the_operator_to_the_reports_and_the_audit()
    {
        var digits = RandomNumberGenerator.GetInt32(1_000_000, 9_999_999).ToString(System.Globalization.CultureInfo.InvariantCulture);
        var phone = $"+38067{digits}";
        const string name = "Соломія Кривошапка";
        var callId = $"call-telemetry-{Guid.NewGuid():N}";
        string[] personal = [phone, phone[1..], $"067{digits}", name, "Кривошапка"];
        var lastRequest = $"/api/staffing/operators/telemetry-marker-{Guid.NewGuid():N}";
        using var watch = system.Telemetry.Start([.. personal, lastRequest]);
        var operatorId = $"pii-telemetry-{Guid.NewGuid():N}";
        await OperatorConsole.JoinRosterAsync(system, operatorId);
        var op = await system.OperatorAsync(operatorId);
        Assert.Equal(HttpStatusCode.OK, (await op.PutAsJsonAsync($"/api/operators/{operatorId}/presence", new { presence = "available" })).StatusCode);

        var filed = await system.Citizen().PostAsJsonAsync("/api/appeals", new
        {
            text = "Потрібна евакуація з Куп'янська, мама не ходить", channel = "web", name, phone, consent = true, region = "kharkiv",
        });
        Assert.Equal(HttpStatusCode.Accepted, filed.StatusCode);
        var appeal = await filed.Content.ReadFromJsonAsync<JsonElement>();
        var id = appeal.GetProperty("id").GetGuid();
        var code = appeal.GetProperty("trackingCode").GetString();
        var call = await SignedAsync($"/api/calls", JsonSerializer.Serialize(new { callId, callerNumber = phone, ivrChoice = "1", transcript = "Потрібна вода" }));
        Assert.Equal(HttpStatusCode.Accepted, call.StatusCode);
        Assert.True((await SignedAsync($"/api/calls/{callId}/ended", "")).IsSuccessStatusCode);

        Assert.Equal(HttpStatusCode.OK, (await system.Citizen().GetAsync($"/api/appeals/{id}?code={code}")).StatusCode);
        await HandleUntilAsync(op, operatorId, id);
        await op.PutAsJsonAsync($"/api/operators/{operatorId}/presence", new { presence = "offline" });
        Assert.Equal(HttpStatusCode.OK, (await system.Gateway.GetAsync($"/api/appeals?from={Uri.EscapeDataString(DateTimeOffset.UtcNow.AddMinutes(-5).ToString("O"))}")).StatusCode);
        await Eventually.HoldsAsync(() => system.Gateway.GetAsync($"/api/reports/appeals/{id}"), r => r.StatusCode == HttpStatusCode.OK);
        Assert.Equal(HttpStatusCode.OK, (await system.Gateway.GetAsync("/api/reports/audit")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await system.Gateway.GetAsync(lastRequest)).StatusCode);

        // The last request is in the gateway's and Staffing's traces: once it is exported, so is what came before it.
        await Eventually.HoldsAsync(() => Task.FromResult(watch.SignalsWith(lastRequest)), signals => signals.Contains("traces"), TimeSpan.FromSeconds(30));
        await Task.Delay(TimeSpan.FromSeconds(2));
        Assert.All(personal, value => Assert.True(watch.SignalsWith(value).Count == 0, $"'{value}' was exported in {string.Join(", ", watch.SignalsWith(value))}"));
        Assert.True(watch.Exports > 10, $"only {watch.Exports} exports were seen");
        // Nor has anything else this run did so far; the fixture checks the rest of the run when it stops.
        Assert.Empty(system.Telemetry.PhonesInClear);
    }

    /// <summary>The operator takes offers, sees each appeal in hand with its phone and name, and resolves it, until <paramref name="appeal"/> is done.</summary>
    private static async Task HandleUntilAsync(HttpClient op, string operatorId, Guid appeal)
    {
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (DateTime.UtcNow < deadline)
        {
            await op.PostAsync($"/api/operators/{operatorId}/heartbeat", null);
            var offer = await op.GetAsync($"/api/operators/{operatorId}/offer");
            if (offer.StatusCode == HttpStatusCode.OK)
            {
                var offered = (await offer.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("appealId").GetGuid();
                Assert.Equal(HttpStatusCode.OK, (await op.PostAsync($"/api/operators/{operatorId}/offers/{offered}/accept", null)).StatusCode);
                Assert.Equal(HttpStatusCode.OK, (await op.GetAsync($"/api/operators/{operatorId}/assignment")).StatusCode);
                Assert.Equal(HttpStatusCode.OK, (await op.PostAsJsonAsync($"/api/operators/{operatorId}/appeals/{offered}/resolve", new { resolution = "consulted" })).StatusCode);
                if (offered == appeal)
                {
                    return;
                }
            }

            await Task.Delay(TimeSpan.FromMilliseconds(500));
        }

        Assert.Fail($"The appeal {appeal} was not offered to {operatorId} within a minute.");
    }

    private Task<HttpResponseMessage> SignedAsync(string path, string body)
    {
        var now = DateTimeOffset.UtcNow.ToUnixTimeSeconds();
        var mac = HMACSHA256.HashData(Encoding.UTF8.GetBytes(UkcSystem.PbxSecret), Encoding.UTF8.GetBytes($"{now}\nPOST\n{path}\n{body}"));
        var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        request.Headers.Add("X-Pbx-Signature", $"t={now},v1={Convert.ToHexStringLower(mac)}");
        return system.Citizen().SendAsync(request);
    }
}
