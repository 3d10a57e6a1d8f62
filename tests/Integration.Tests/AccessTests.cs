using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.IdentityModel.Tokens;
using Ukc.ServiceDefaults.Auth;

namespace Integration.Tests;

/// <summary>Who may do what, through the gateway as each kind of caller, and straight at a service past it.</summary>
[Collection(UkcSystemCollection.Name)]
public sealed class AccessTests(UkcSystem system)
{
    [Theory]
    [InlineData("GET", "/api/appeals")]
    [InlineData("GET", "/api/operators")]
    [InlineData("GET", "/api/reports/live")]
    [InlineData("GET", "/api/staffing/operators")]
    [InlineData("DELETE", "/api/staffing/operators/op-001")]
    [InlineData("POST", "/api/staffing/alerts")]
    [InlineData("PUT", "/api/operators/op-001/presence")]
    public async Task A_citizen_who_has_not_signed_in_is_asked_to_sign_in_for_staff_work(string method, string path)
    {
        var response = await system.Citizen().SendAsync(new HttpRequestMessage(new HttpMethod(method), path) { Content = JsonContent.Create(new { }) });

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Theory]
    [InlineData("GET", "/api/appeals/stats")]
    [InlineData("GET", "/api/operators")]
    [InlineData("GET", "/api/reports/live")]
    [InlineData("DELETE", "/api/staffing/operators/op-001")]
    [InlineData("POST", "/api/staffing/alerts")]
    [InlineData("GET", "/api/auth/users")]
    public async Task An_operator_may_not_do_a_supervisor_s_or_an_admin_s_work(string method, string path)
    {
        var op = await system.OperatorAsync("op-access-1");

        var response = await op.SendAsync(new HttpRequestMessage(new HttpMethod(method), path) { Content = JsonContent.Create(new { }) });

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task An_operator_acts_only_as_themselves()
    {
        await OperatorConsole.JoinRosterAsync(system, "op-access-2");
        var op = await system.OperatorAsync("op-access-2");

        var others = await op.PutAsJsonAsync("/api/operators/op-access-3/presence", new { presence = "available" });
        var heartbeat = await op.PostAsync("/api/operators/op-access-3/heartbeat", null);
        var own = await op.PostAsync("/api/operators/op-access-2/heartbeat", null);

        Assert.Equal(HttpStatusCode.Forbidden, others.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, heartbeat.StatusCode);
        Assert.True(own.IsSuccessStatusCode, $"own heartbeat: {own.StatusCode}");
    }

    [Fact]
    public async Task A_citizen_reads_their_appeal_with_its_tracking_code_and_nothing_with_another()
    {
        var citizen = system.Citizen();
        var filed = await citizen.PostAsJsonAsync("/api/appeals", new { text = "Прошу допомогти з евакуацією з Куп'янська", channel = "web" });
        var accepted = await filed.Content.ReadFromJsonAsync<JsonElement>();
        var id = accepted.GetProperty("id").GetGuid();
        var code = accepted.GetProperty("trackingCode").GetString();

        var withCode = await citizen.GetAsync($"/api/appeals/{id}?code={code}");
        var wrongCode = await citizen.GetAsync($"/api/appeals/{id}?code=AAAAAAAAAA");
        var noCode = await citizen.GetAsync($"/api/appeals/{id}");
        var cancelWithWrongCode = await citizen.PostAsync($"/api/appeals/{id}/cancel?code=AAAAAAAAAA", null);

        Assert.Equal(HttpStatusCode.Accepted, filed.StatusCode);
        Assert.Equal($"/api/appeals/{id}?code={code}", filed.Headers.Location?.OriginalString);
        Assert.Equal(HttpStatusCode.OK, withCode.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, wrongCode.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, noCode.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, cancelWithWrongCode.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await citizen.GetAsync($"/api/appeals/{id}?code={code}")).StatusCode);
    }

    [Fact]
    public async Task The_PBX_webhook_wants_its_key()
    {
        var call = new { callId = $"call-access-{Guid.NewGuid():N}", callerNumber = "+380501112233", ivrChoice = "1", transcript = "Потрібна вода" };
        var withoutKey = await system.Citizen().PostAsJsonAsync("/api/calls", call);
        var wrongKey = system.Citizen();
        wrongKey.DefaultRequestHeaders.Add("X-Api-Key", "not-the-key-of-any-telephony-integration");
        var withWrongKey = await wrongKey.PostAsJsonAsync("/api/calls", call);
        var byAnOperator = await (await system.OperatorAsync("op-access-4")).PostAsJsonAsync("/api/calls", call);
        var withKey = await system.Pbx.PostAsJsonAsync("/api/calls", call);

        Assert.Equal(HttpStatusCode.Unauthorized, withoutKey.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, withWrongKey.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, byAnOperator.StatusCode);
        Assert.Equal(HttpStatusCode.Accepted, withKey.StatusCode);
    }

    [Fact]
    public async Task An_account_is_locked_out_after_repeated_wrong_passwords()
    {
        await system.OperatorAsync("op-access-5");
        var client = system.Citizen();

        var answers = new List<HttpStatusCode>();
        for (var attempt = 0; attempt < 5; attempt++)
        {
            answers.Add((await client.PostAsJsonAsync("/api/auth/token", new { userName = "op-access-5", password = "not-the-password-at-all" })).StatusCode);
        }

        var right = await client.PostAsJsonAsync("/api/auth/token", new { userName = "op-access-5", password = "password-of-op-access-5" });

        Assert.Equal([.. Enumerable.Repeat(HttpStatusCode.Unauthorized, 4), HttpStatusCode.TooManyRequests], answers);
        Assert.Equal(HttpStatusCode.TooManyRequests, right.StatusCode);
        Assert.True(right.Headers.RetryAfter?.Delta > TimeSpan.Zero);
    }

    [Theory]
    [InlineData("intake", "/api/appeals")]
    [InlineData("assignment", "/api/operators")]
    [InlineData("staffing", "/api/staffing/operators")]
    [InlineData("reporting", "/api/reports/summary")]
    [InlineData("categorization", "/api/categorization/feedback")]
    public async Task A_service_called_past_the_gateway_wants_a_token_the_gateway_signed_and_still_valid(string service, string path)
    {
        using var direct = new HttpClient { BaseAddress = system.App.GetEndpoint(service, "http") };
        var now = DateTimeOffset.UtcNow;
        var rightKey = new SymmetricSecurityKey(Encoding.UTF8.GetBytes(system.ServiceTokenKey));
        var wrongKey = new SymmetricSecurityKey(Encoding.UTF8.GetBytes($"another-key-that-no-gateway-of-ours-signs-with-{Guid.NewGuid():N}"));

        async Task<HttpStatusCode> CallAsync(string? token)
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, path);
            if (token is not null)
            {
                request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
            }

            return (await direct.SendAsync(request)).StatusCode;
        }

        Assert.Equal(HttpStatusCode.Unauthorized, await CallAsync(null));
        Assert.Equal(HttpStatusCode.Unauthorized, await CallAsync(ServiceTokens.Create(wrongKey, "admin", [Roles.Supervisor, Roles.Admin], now)));
        Assert.Equal(HttpStatusCode.Unauthorized, await CallAsync(ServiceTokens.Create(rightKey, "admin", [Roles.Supervisor, Roles.Admin], now - TimeSpan.FromMinutes(10))));
        Assert.Equal(HttpStatusCode.OK, await CallAsync(ServiceTokens.Create(rightKey, "admin", [Roles.Supervisor, Roles.Admin], now)));
    }

    [Fact]
    public async Task Only_the_operator_who_holds_an_appeal_and_supervisors_see_the_caller_s_phone_and_name()
    {
        var run = Guid.NewGuid().ToString("N")[..6];
        await using var holder = await OperatorConsole.StartAsync(system, $"pii-{run}-holder");
        var filed = await system.Citizen().PostAsJsonAsync("/api/appeals",
            new { text = "Потрібні ліки від тиску для батька, Суми", channel = "web", name = "Олена Петренко", phone = "+380671239876", consent = true });
        var appeal = (await filed.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        holder.Keep[appeal] = true;
        await Eventually.HoldsAsync(() => Task.FromResult(holder.Accepted.ToList()), a => a.Contains(appeal), TimeSpan.FromSeconds(60));

        async Task<(string? Phone, string? Name)> SeenByAsync(HttpClient client)
        {
            var view = await client.GetFromJsonAsync<JsonElement>($"/api/appeals/{appeal}");
            return (view.GetProperty("phone").GetString(), view.GetProperty("name").GetString());
        }

        Assert.Equal(("+380671239876", "Олена Петренко"), await SeenByAsync(await system.OperatorAsync(holder.Id)));
        Assert.Equal(("+380671239876", "Олена Петренко"), await SeenByAsync(system.Gateway));
        Assert.Equal(("+380*****9876", "О**** П*******"), await SeenByAsync(await system.OperatorAsync($"pii-{run}-other")));
    }

    [Fact]
    public async Task Sign_in_attempts_from_one_address_are_limited_while_another_address_still_signs_in()
    {
        async Task<HttpStatusCode> TryFromAsync(string address, string userName, string password)
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, "/api/auth/token")
            {
                Content = JsonContent.Create(new { userName, password }),
            };
            request.Headers.Add("X-Forwarded-For", address);
            return (await system.Citizen().SendAsync(request)).StatusCode;
        }

        var answers = new List<HttpStatusCode>();
        for (var attempt = 0; attempt < 21; attempt++)
        {
            // Each guess at another name, so that no account is locked out and only the address is counted.
            answers.Add(await TryFromAsync("203.0.113.21", $"guessed-name-{attempt}", "a-password-a-script-tries"));
        }

        Assert.Equal(20, answers.Count(answer => answer == HttpStatusCode.Unauthorized));
        Assert.Equal(HttpStatusCode.TooManyRequests, answers[^1]);
        Assert.Equal(HttpStatusCode.OK, await TryFromAsync("198.51.100.21", "admin", UkcSystem.AdminPassword));
    }

    [Fact]
    public async Task A_PBX_may_sign_its_requests_instead_and_a_signature_works_once_within_five_minutes_for_that_request_only()
    {
        var callId = $"call-signed-{Guid.NewGuid():N}";
        var body = JsonSerializer.Serialize(new { callId, callerNumber = "+380501112244", ivrChoice = "2", transcript = "Потрібні ліки для мами" });
        var now = DateTimeOffset.UtcNow.ToUnixTimeSeconds();
        Task<HttpResponseMessage> SendAsync(string path, string sentBody, string signature)
        {
            var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = new StringContent(sentBody, Encoding.UTF8, "application/json") };
            request.Headers.Add("X-Pbx-Signature", signature);
            return system.Citizen().SendAsync(request);
        }

        var signed = Sign(now, "POST", "/api/calls", body);
        var first = await SendAsync("/api/calls", body, signed);
        var replayed = await SendAsync("/api/calls", body, signed);
        Assert.Contains("\"ivrChoice\":\"2\"", body, StringComparison.Ordinal);
        var stale = await SendAsync("/api/calls", body, Sign(now - 6 * 60, "POST", "/api/calls", body));
        var otherBody = await SendAsync("/api/calls", body.Replace("\"ivrChoice\":\"2\"", "\"ivrChoice\":\"3\"", StringComparison.Ordinal), Sign(now + 1, "POST", "/api/calls", body));
        var otherPath = await SendAsync($"/api/calls/{callId}/ended", "", Sign(now + 2, "POST", "/api/calls", ""));
        var wrongSecret = await SendAsync("/api/calls", body, Sign(now + 3, "POST", "/api/calls", body, "a-secret-no-integration-was-given-0123456789"));
        var malformed = await SendAsync("/api/calls", body, $"t={now + 5},t={now + 5},v1=00");
        var ended = await SendAsync($"/api/calls/{callId}/ended", "", Sign(now + 4, "POST", $"/api/calls/{callId}/ended", ""));

        Assert.Equal(HttpStatusCode.Accepted, first.StatusCode);
        Assert.Equal(
            Enumerable.Repeat(HttpStatusCode.Unauthorized, 6),
            new[] { replayed, stale, otherBody, otherPath, wrongSecret, malformed }.Select(r => r.StatusCode));
        Assert.True(ended.IsSuccessStatusCode, $"signed end of the call: {ended.StatusCode}");
    }

    /// <summary>The signature as the README describes it, made here independently of the gateway's code.</summary>
    private static string Sign(long unixSeconds, string method, string pathAndQuery, string body, string secret = UkcSystem.PbxSecret)
    {
        var mac = HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), Encoding.UTF8.GetBytes($"{unixSeconds}\n{method}\n{pathAndQuery}\n{body}"));
        return $"t={unixSeconds},v1={Convert.ToHexStringLower(mac)}";
    }

    [Fact]
    public async Task A_browser_signed_in_with_the_session_cookie_changes_nothing_without_the_antiforgery_token()
    {
        await OperatorConsole.JoinRosterAsync(system, "op-access-6");
        await system.OperatorAsync("op-access-6");
        var browser = system.Browser();
        var signedIn = await browser.PostAsJsonAsync("/api/auth/signin", new { userName = "op-access-6", password = "password-of-op-access-6" });
        Assert.True(signedIn.IsSuccessStatusCode, $"sign-in: {signedIn.StatusCode}");

        var forged = await browser.PutAsJsonAsync("/api/operators/op-access-6/presence", new { presence = "available" });
        var read = await browser.GetAsync("/api/operators/op-access-6");
        var antiforgery = await browser.GetFromJsonAsync<JsonElement>("/api/auth/antiforgery");
        using var genuine = new HttpRequestMessage(HttpMethod.Put, "/api/operators/op-access-6/presence") { Content = JsonContent.Create(new { presence = "available" }) };
        genuine.Headers.Add(antiforgery.GetProperty("headerName").GetString()!, antiforgery.GetProperty("token").GetString());
        var withToken = await browser.SendAsync(genuine);

        Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);
        Assert.Equal(HttpStatusCode.OK, read.StatusCode);
        Assert.Equal(HttpStatusCode.OK, withToken.StatusCode);
    }
}
