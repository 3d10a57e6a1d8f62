using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Integration.Tests;

/// <summary>
/// What the gateway refuses before a service sees it: a flood of appeals from one address, bodies too large,
/// other sites' scripts; and the headers every response carries.
/// </summary>
[Collection(UkcSystemCollection.Name)]
public sealed class GatewayProtectionTests(UkcSystem system)
{
    // Citizens' addresses, as the load balancer in front of the gateway names them in X-Forwarded-For. The system's
    // own tests come from the machine itself, which it lists as unlimited (as a partner system or a load test would be).
    private const string Flooding = "203.0.113.7";
    private const string Neighbour = "198.51.100.9";

    [Fact]
    public async Task A_flood_of_appeals_from_one_address_gets_429_with_Retry_After_while_another_address_still_files()
    {
        var statuses = new List<HttpStatusCode>();
        HttpResponseMessage? refused = null;
        for (var i = 0; i < 12 && refused is null; i++)
        {
            var response = await FileFromAsync(Flooding, $"Тестове звернення {i}");
            statuses.Add(response.StatusCode);
            refused = response.StatusCode == HttpStatusCode.TooManyRequests ? response : null;
        }

        Assert.Equal(Enumerable.Repeat(HttpStatusCode.Accepted, 10).Append(HttpStatusCode.TooManyRequests), statuses);
        var retryAfter = int.Parse(refused!.Headers.GetValues("Retry-After").Single(), System.Globalization.CultureInfo.InvariantCulture);
        Assert.InRange(retryAfter, 1, 60);
        Assert.Equal("application/problem+json", refused.Content.Headers.ContentType?.MediaType);
        Assert.Equal(429, (await refused.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("status").GetInt32());

        Assert.Equal(HttpStatusCode.Accepted, (await FileFromAsync(Neighbour, "Потрібна евакуація")).StatusCode);
        // Reading an appeal's status is not filing one.
        using var status = new HttpRequestMessage(HttpMethod.Get, $"/api/appeals/{Guid.CreateVersion7()}");
        status.Headers.Add("X-Forwarded-For", Flooding);
        Assert.Equal(HttpStatusCode.NotFound, (await system.Gateway.SendAsync(status)).StatusCode);
    }

    [Theory]
    [InlineData("/api/appeals", 100 * 1024)]
    [InlineData("/api/calls", 32 * 1024)]
    [InlineData("/api/staffing/operators/import", 2 * 1024 * 1024)]
    public async Task A_body_over_the_route_s_cap_gets_413_and_changes_nothing(string path, int size)
    {
        var callId = $"pbx-{Guid.NewGuid():N}";
        var text = new string('а', size / 2);
        // Each body says its length and waits for 100 Continue, as a large upload does: the gateway refuses it before
        // a byte of it is sent, instead of closing the connection under a client still sending.
        using var request = new HttpRequestMessage(HttpMethod.Post, path)
        {
            Content = path.EndsWith("/import", StringComparison.Ordinal)
                ? new StringContent("id,name\n" + text, System.Text.Encoding.UTF8, "text/csv")
                : JsonContent.Create(new { text, channel = "chat", callId, transcript = text }),
        };
        await request.Content.LoadIntoBufferAsync();
        request.Headers.ExpectContinue = true;
        // The caller each route is for: without their credentials the request is refused before its size matters.
        if (path == "/api/calls")
        {
            request.Headers.Add("X-Api-Key", UkcSystem.PbxKey);
        }
        else if (path.StartsWith("/api/staffing", StringComparison.Ordinal))
        {
            request.Headers.Authorization = system.Gateway.DefaultRequestHeaders.Authorization;
        }

        // The client waits for the gateway's answer to its Expect header however busy the machine is, rather than
        // sending the body after a second and finding the connection closed under it.
        using var client = new HttpClient(new SocketsHttpHandler { Expect100ContinueTimeout = TimeSpan.FromSeconds(30) })
        {
            BaseAddress = system.Gateway.BaseAddress,
        };
        var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await system.Pbx.PostAsJsonAsync($"/api/calls/{callId}/ended", new { answered = false })).StatusCode);
    }

    [Fact]
    public async Task Every_response_carries_the_security_headers_and_no_other_origin_is_allowed()
    {
        var response = await system.Gateway.GetAsync($"/api/appeals/{Guid.CreateVersion7()}");
        Assert.Contains("frame-ancestors 'none'", response.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("no-referrer", response.Headers.GetValues("Referrer-Policy").Single());
        Assert.Equal("DENY", response.Headers.GetValues("X-Frame-Options").Single());

        using var preflight = new HttpRequestMessage(HttpMethod.Options, "/api/appeals");
        preflight.Headers.Add("Origin", "https://elsewhere.example");
        preflight.Headers.Add("Access-Control-Request-Method", "POST");
        var answer = await system.Gateway.SendAsync(preflight);
        Assert.False(answer.Headers.Contains("Access-Control-Allow-Origin"), $"{answer.StatusCode}: {answer.Headers}");
    }

    private async Task<HttpResponseMessage> FileFromAsync(string address, string text)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/appeals") { Content = JsonContent.Create(new { text, channel = "chat" }) };
        request.Headers.Add("X-Forwarded-For", address);
        return await system.Gateway.SendAsync(request);
    }
}
