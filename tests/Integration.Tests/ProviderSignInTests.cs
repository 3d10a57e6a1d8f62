using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Ukc.ServiceDefaults.Auth;

namespace Integration.Tests;

/// <summary>People who sign in at the OpenID Connect provider (<c>Auth:Authority</c>) instead of with a gateway account.</summary>
[Collection(UkcSystemCollection.Name)]
public sealed class ProviderSignInTests(UkcSystem system)
{
    [Fact]
    public async Task A_supervisor_with_the_provider_s_access_token_is_known_by_name_and_roles_and_reads_the_reports()
    {
        var supervisor = With(system.Issuer.Token("sup-provider-1", [Roles.Supervisor]));

        var me = await supervisor.GetFromJsonAsync<JsonElement>("/api/auth/me");
        var summary = await supervisor.GetAsync("/api/reports/summary");

        Assert.Equal("sup-provider-1", me.GetProperty("userName").GetString());
        Assert.Equal([Roles.Supervisor], me.GetProperty("roles").EnumerateArray().Select(r => r.GetString()));
        Assert.Equal(HttpStatusCode.OK, summary.StatusCode);
    }

    [Fact]
    public async Task A_token_for_another_client_signed_with_another_key_or_expired_signs_nobody_in()
    {
        var tokens = new[]
        {
            system.Issuer.Token("sup-provider-2", [Roles.Supervisor], audience: "another-application"),
            system.Issuer.Token("sup-provider-2", [Roles.Supervisor], signedWith: TestIssuer.AnotherKey()),
            system.Issuer.Token("sup-provider-2", [Roles.Supervisor], expires: DateTimeOffset.UtcNow.AddMinutes(-10)),
        };

        foreach (var token in tokens)
        {
            Assert.Equal(HttpStatusCode.Unauthorized, (await With(token).GetAsync("/api/reports/summary")).StatusCode);
        }
    }

    [Fact]
    public async Task An_operator_signed_in_at_the_provider_acts_only_as_themselves()
    {
        await OperatorConsole.JoinRosterAsync(system, "op-provider-1");
        var op = With(system.Issuer.Token("op-provider-1", [Roles.Operator]));

        var own = await op.PostAsync("/api/operators/op-provider-1/heartbeat", null);
        var others = await op.PostAsync("/api/operators/op-provider-2/heartbeat", null);
        var reports = await op.GetAsync("/api/reports/summary");

        Assert.True(own.IsSuccessStatusCode, $"own heartbeat: {own.StatusCode}");
        Assert.Equal(HttpStatusCode.Forbidden, others.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, reports.StatusCode);
    }

    [Fact]
    public async Task A_browser_is_sent_to_the_provider_to_sign_in_with_the_authorization_code_and_PKCE()
    {
        using var browser = new HttpClient(new SocketsHttpHandler { AllowAutoRedirect = false }) { BaseAddress = system.Gateway.BaseAddress };

        var response = await browser.GetAsync("/api/auth/provider/signin?returnUrl=/console");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var location = response.Headers.Location!;
        Assert.StartsWith(system.Issuer.AuthorizationEndpoint, location.ToString(), StringComparison.Ordinal);
        var query = System.Web.HttpUtility.ParseQueryString(location.Query);
        Assert.Equal((TestIssuer.ClientId, "code", "S256"), (query["client_id"], query["response_type"], query["code_challenge_method"]));
        Assert.EndsWith("/api/auth/provider/callback", query["redirect_uri"], StringComparison.Ordinal);
    }

    private HttpClient With(string token)
    {
        var client = system.Citizen();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }
}
