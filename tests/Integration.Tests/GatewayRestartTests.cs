using System.Net;
using System.Net.Http.Json;
using Ukc.ServiceDefaults.Auth;

namespace Integration.Tests;

/// <summary>The keys that protect sessions and tokens are kept in PostgreSQL, so a gateway restarted, or another one, knows them.</summary>
[Collection(DisruptedSystemCollection.Name)]
public sealed class GatewayRestartTests(UkcSystem system)
{
    [Fact]
    public async Task A_browser_s_session_and_an_API_client_s_token_outlive_a_restart_of_the_gateway()
    {
        var browser = system.Browser();
        Assert.Equal(HttpStatusCode.OK, (await browser.PostAsJsonAsync("/api/auth/signin", new { userName = "admin", password = UkcSystem.AdminPassword })).StatusCode);
        var client = await system.SignInAsync("admin", UkcSystem.AdminPassword);
        await using (var keys = system.Reports.CreateCommand("SELECT count(*) FROM accounts.\"DataProtectionKeys\""))
        {
            Assert.True((long)(await keys.ExecuteScalarAsync())! >= 1, "no Data Protection key is kept in PostgreSQL");
        }

        await system.StopAsync("gateway");
        await system.StartAsync("gateway");

        foreach (var signedIn in new[] { browser, client })
        {
            var me = await signedIn.GetFromJsonAsync<Caller>("/api/auth/me");
            Assert.Equal("admin", me!.UserName);
            Assert.Contains(Roles.Admin, me.Roles);
        }
    }

    private sealed record Caller(string UserName, string[] Roles);
}
