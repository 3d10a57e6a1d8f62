using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Integration.Tests;

/// <summary>
/// Every endpoint the services' OpenAPI documents name, called through the gateway by a citizen who has not signed
/// in (with an appeal's tracking code, a wrong one, or none), an operator naming themselves and naming another, a
/// supervisor, an admin, the PBX with its key and with a wrong key, and with no token straight at the service. An endpoint missing from <see cref="Expected"/> fails the test: a new
/// endpoint needs its rule written down here.
/// </summary>
[Collection(UkcSystemCollection.Name)]
public sealed class AccessMatrixTests(UkcSystem system)
{
    /// <summary>Not refused: the caller gets past access control (whatever the endpoint answers next).</summary>
    private const int Allowed = 0;

    // Columns: anonymous, citizen with the appeal's tracking code, operator naming themselves, operator naming another,
    // supervisor, admin, PBX with its key.
    private static readonly Dictionary<string, Rule> Expected = new()
    {
        ["POST /api/appeals"] = new(Allowed, Allowed, Allowed, Allowed, Allowed, Allowed, Allowed),
        ["GET /api/appeals"] = new(401, 401, Allowed, Allowed, Allowed, Allowed, 403),
        ["GET /api/appeals/stats"] = new(401, 401, 403, 403, Allowed, Allowed, 403),
        ["GET /api/appeals/{id}"] = new(404, 200, Allowed, Allowed, Allowed, Allowed, Allowed),
        ["POST /api/appeals/{id}/cancel"] = new(404, 202, 404, 404, Allowed, Allowed, Allowed),
        ["POST /api/calls"] = new(401, 401, 403, 403, 403, 403, Allowed),
        ["POST /api/calls/{callId}/ended"] = new(401, 401, 403, 403, 403, 403, Allowed),
        ["POST /api/categorization/classify"] = new(401, 401, Allowed, Allowed, Allowed, Allowed, 403),
        ["GET /api/categorization/feedback"] = new(401, 401, 403, 403, Allowed, Allowed, 403),
        ["GET /api/operators"] = new(401, 401, 403, 403, Allowed, Allowed, 403),
        ["GET /api/operators/{id}"] = new(401, 401, Allowed, 403, Allowed, Allowed, 403),
        ["PUT /api/operators/{id}/presence"] = new(401, 401, Allowed, 403, Allowed, Allowed, 403),
        ["POST /api/operators/{id}/heartbeat"] = new(401, 401, Allowed, 403, 403, 403, 403),
        ["GET /api/operators/{id}/offer"] = new(401, 401, Allowed, 403, Allowed, Allowed, 403),
        ["GET /api/operators/{id}/assignment"] = new(401, 401, Allowed, 403, Allowed, Allowed, 403),
        ["GET /api/operators/{id}/offers"] = new(401, 401, Allowed, 403, Allowed, Allowed, 403),
        ["POST /api/operators/{id}/offers/{appealId}/accept"] = new(401, 401, Allowed, 403, 403, 403, 403),
        ["POST /api/operators/{id}/offers/{appealId}/decline"] = new(401, 401, Allowed, 403, 403, 403, 403),
        ["POST /api/operators/{id}/appeals/{appealId}/resolve"] = new(401, 401, Allowed, 403, 403, 403, 403),
        ["GET /api/assignments/queues"] = new(401, 401, Allowed, Allowed, Allowed, Allowed, 403),
        ["POST /api/assignments/appeals/{id}/requeue"] = new(401, 401, 403, 403, Allowed, Allowed, 403),
        ["POST /api/assignments/appeals/{id}/reassign"] = new(401, 401, 403, 403, Allowed, Allowed, 403),
        ["GET /api/assignments/appeals/{id}"] = new(401, 401, 403, 403, Allowed, Allowed, 403),
        ["GET /api/staffing/alerts"] = new(401, 401, Allowed, Allowed, Allowed, Allowed, 403),
        ["POST /api/staffing/alerts"] = new(401, 401, 403, 403, Allowed, Allowed, 403),
        ["POST /api/staffing/erlang"] = new(401, 401, 403, 403, Allowed, Allowed, 403),
        ["GET /api/staffing/forecast"] = new(401, 401, 403, 403, Allowed, Allowed, 403),
        ["GET /api/staffing/operators"] = new(401, 401, 403, 403, Allowed, Allowed, 403),
        ["POST /api/staffing/operators"] = new(401, 401, 403, 403, Allowed, Allowed, 403),
        ["GET /api/staffing/operators/export"] = new(401, 401, 403, 403, Allowed, Allowed, 403),
        ["POST /api/staffing/operators/import"] = new(401, 401, 403, 403, Allowed, Allowed, 403),
        ["GET /api/staffing/operators/{id}"] = new(401, 401, 403, 403, Allowed, Allowed, 403),
        ["PUT /api/staffing/operators/{id}"] = new(401, 401, 403, 403, Allowed, Allowed, 403),
        ["DELETE /api/staffing/operators/{id}"] = new(401, 401, 403, 403, Allowed, Allowed, 403),
        ["POST /api/staffing/operators/{id}/modules"] = new(401, 401, 403, 403, Allowed, Allowed, 403),
        ["GET /api/staffing/modules"] = new(401, 401, 403, 403, Allowed, Allowed, 403),
        ["GET /api/staffing/on-shift"] = new(401, 401, 403, 403, Allowed, Allowed, 403),
        ["GET /api/staffing/schedule"] = new(401, 401, 403, 403, Allowed, Allowed, 403),
        ["GET /api/reports/summary"] = new(401, 401, 403, 403, Allowed, Allowed, 403),
        ["GET /api/reports/intervals"] = new(401, 401, 403, 403, Allowed, Allowed, 403),
        ["GET /api/reports/appeals"] = new(401, 401, 403, 403, Allowed, Allowed, 403),
        ["GET /api/reports/appeals/{id}"] = new(401, 401, 403, 403, Allowed, Allowed, 403),
        ["GET /api/reports/operators"] = new(401, 401, 403, 403, Allowed, Allowed, 403),
        ["GET /api/reports/operators/{id}/timeline"] = new(401, 401, 403, 403, Allowed, Allowed, 403),
        ["GET /api/reports/forecast-accuracy"] = new(401, 401, 403, 403, Allowed, Allowed, 403),
        ["GET /api/reports/live"] = new(401, 401, 403, 403, Allowed, Allowed, 403),
        ["GET /api/reports/audit"] = new(401, 401, 403, 403, Allowed, Allowed, 403),
        ["POST /api/reports/rebuild"] = new(401, 401, 403, 403, 403, Allowed, 403),
    };

    private static readonly string[] Services = ["intake", "categorization", "assignment", "staffing", "reporting"];

    [Fact]
    public async Task Every_endpoint_of_every_service_has_its_rule_and_keeps_it()
    {
        var endpoints = new List<Endpoint>();
        foreach (var service in Services)
        {
            endpoints.AddRange(await EndpointsOfAsync(service));
        }

        Assert.Equal(Expected.Keys.Order(), endpoints.Select(e => e.Name).Order());

        var anonymous = system.Citizen();
        var operatorClient = await system.OperatorAsync("op-matrix");
        var supervisor = await SupervisorAsync();
        var badKey = system.Citizen();
        badKey.DefaultRequestHeaders.Add("X-Api-Key", "not-the-key-of-any-telephony-integration");
        var direct = Services.ToDictionary(service => service, service => new HttpClient { BaseAddress = system.App.GetEndpoint(service, "http") });
        var filed = await (await anonymous.PostAsJsonAsync("/api/appeals", new { text = "Чи працює пункт незламності на Салтівці?", channel = "web" }))
            .Content.ReadFromJsonAsync<JsonElement>();
        var appeal = filed.GetProperty("id").GetGuid();
        var others = new Target("op-matrix-other", Guid.CreateVersion7());
        var wrong = new List<string>();
        foreach (var endpoint in endpoints)
        {
            var rule = Expected[endpoint.Name];
            Check(wrong, endpoint, "anonymous", rule.Anonymous, await CallAsync(anonymous, endpoint, others));
            Check(wrong, endpoint, "citizen with the tracking code", rule.CitizenWithCode,
                await CallAsync(anonymous, endpoint, others with { AppealId = appeal, Code = filed.GetProperty("trackingCode").GetString() }));
            // A wrong code, like a key that is not any integration's, is as good as none.
            Check(wrong, endpoint, "citizen with a wrong code", rule.Anonymous, await CallAsync(anonymous, endpoint, others with { AppealId = appeal, Code = "WRONGCODE0" }));
            Check(wrong, endpoint, "operator naming themselves", rule.OperatorNamingThemselves, await CallAsync(operatorClient, endpoint, others with { OperatorId = "op-matrix" }));
            Check(wrong, endpoint, "operator naming another", rule.OperatorNamingAnother, await CallAsync(operatorClient, endpoint, others));
            Check(wrong, endpoint, "supervisor", rule.Supervisor, await CallAsync(supervisor, endpoint, others));
            Check(wrong, endpoint, "admin", rule.Admin, await CallAsync(system.Gateway, endpoint, others));
            Check(wrong, endpoint, "PBX with its key", rule.Pbx, await CallAsync(system.Pbx, endpoint, others));
            Check(wrong, endpoint, "PBX with a wrong key", rule.Anonymous, await CallAsync(badKey, endpoint, others));
            Check(wrong, endpoint, "straight at the service without a token", 401, await CallAsync(direct[endpoint.Service], endpoint, others));
        }

        Assert.True(wrong.Count == 0, string.Join("\n", wrong));
        // The accounts are the gateway's own: admins only.
        Assert.Equal(HttpStatusCode.Forbidden, (await supervisor.GetAsync("/api/auth/users")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await system.Gateway.GetAsync("/api/auth/users")).StatusCode);
    }

    private static void Check(List<string> wrong, Endpoint endpoint, string caller, int expected, HttpStatusCode actual)
    {
        var refused = actual is HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden;
        var right = expected == Allowed ? !refused : (int)actual == expected;
        if (!right)
        {
            wrong.Add($"{endpoint.Name} as {caller}: {(int)actual}, expected {(expected == Allowed ? "not refused" : expected)}");
        }
    }

    private static async Task<HttpStatusCode> CallAsync(HttpClient client, Endpoint endpoint, Target target)
    {
        using var request = new HttpRequestMessage(new HttpMethod(endpoint.Method), endpoint.PathFor(target));
        if (endpoint.Method is "POST" or "PUT")
        {
            request.Content = endpoint.ContentType == "application/json"
                ? JsonContent.Create(new { })
                : new StringContent("", System.Text.Encoding.UTF8, endpoint.ContentType);
        }

        // Server-sent event streams stay open: the status line is enough.
        using var response = await client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead);
        return response.StatusCode;
    }

    private async Task<IEnumerable<Endpoint>> EndpointsOfAsync(string service)
    {
        using var direct = new HttpClient { BaseAddress = system.App.GetEndpoint(service, "http") };
        var document = await direct.GetFromJsonAsync<JsonElement>("/openapi/v1.json");
        var endpoints = new List<Endpoint>();
        foreach (var path in document.GetProperty("paths").EnumerateObject())
        {
            foreach (var operation in path.Value.EnumerateObject())
            {
                var parameters = operation.Value.TryGetProperty("parameters", out var declared)
                    ? declared.EnumerateArray().Where(p => p.GetProperty("in").GetString() == "path")
                        .Select(p => (p.GetProperty("name").GetString()!, p.GetProperty("schema").TryGetProperty("format", out var format) && format.GetString() == "uuid"))
                        .ToList()
                    : [];

                var method = operation.Name.ToUpperInvariant();
                var contentType = operation.Value.TryGetProperty("requestBody", out var body)
                    ? body.GetProperty("content").EnumerateObject().First().Name
                    : "application/json";
                endpoints.Add(new Endpoint(service, method, $"{method} {path.Name}", path.Name, parameters, contentType));
            }
        }

        return endpoints;
    }

    private async Task<HttpClient> SupervisorAsync()
    {
        const string password = "password-of-sup-matrix";
        var created = await system.Gateway.PostAsJsonAsync("/api/auth/users", new { userName = "sup-matrix", password, roles = new[] { "supervisor" } });
        Assert.True(created.StatusCode is HttpStatusCode.Created or HttpStatusCode.BadRequest, $"making sup-matrix: {created.StatusCode}");
        return await system.SignInAsync("sup-matrix", password);
    }

    /// <summary>What each caller gets: a status that refuses them, or <see cref="Allowed"/>.</summary>
    private sealed record Rule(int Anonymous, int CitizenWithCode, int OperatorNamingThemselves, int OperatorNamingAnother, int Supervisor, int Admin, int Pbx);

    /// <summary>What a call fills into the path: an operator id, an appeal id, and the tracking code it sends, if any.</summary>
    private sealed record Target(string OperatorId, Guid AppealId, string? Code = null);

    private sealed record Endpoint(string Service, string Method, string Name, string Template, IReadOnlyList<(string Name, bool IsGuid)> Parameters, string ContentType)
    {
        public string PathFor(Target target)
        {
            var path = Parameters.Aggregate(Template, (filled, parameter) =>
                filled.Replace($"{{{parameter.Name}}}", parameter.IsGuid ? target.AppealId.ToString() : target.OperatorId, StringComparison.Ordinal));
            return target.Code is null ? path : $"{path}?code={target.Code}";
        }
    }
}
