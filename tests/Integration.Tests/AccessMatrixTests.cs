using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Integration.Tests;

/// <summary>
/// Every endpoint the services' OpenAPI documents name, called by a citizen who has not signed in and by an
/// operator naming another operator, through the gateway, and with no token straight at the service. An endpoint
/// missing from <see cref="Expected"/> fails the test: a new endpoint needs its rule written down here.
/// </summary>
[Collection(UkcSystemCollection.Name)]
public sealed class AccessMatrixTests(UkcSystem system)
{
    /// <summary>Not refused: the caller gets past access control (whatever the endpoint answers next).</summary>
    private const int Allowed = 0;

    private static readonly Dictionary<string, (int Anonymous, int OperatorNamingAnother)> Expected = new()
    {
        ["POST /api/appeals"] = (Allowed, Allowed),
        ["GET /api/appeals"] = (401, Allowed),
        ["GET /api/appeals/stats"] = (401, 403),
        ["GET /api/appeals/{id}"] = (404, Allowed),
        ["POST /api/appeals/{id}/cancel"] = (404, 404),
        ["POST /api/calls"] = (401, 403),
        ["POST /api/calls/{callId}/ended"] = (401, 403),
        ["POST /api/categorization/classify"] = (401, Allowed),
        ["GET /api/categorization/feedback"] = (401, 403),
        ["GET /api/operators"] = (401, 403),
        ["GET /api/operators/{id}"] = (401, 403),
        ["PUT /api/operators/{id}/presence"] = (401, 403),
        ["POST /api/operators/{id}/heartbeat"] = (401, 403),
        ["GET /api/operators/{id}/offer"] = (401, 403),
        ["GET /api/operators/{id}/assignment"] = (401, 403),
        ["GET /api/operators/{id}/offers"] = (401, 403),
        ["POST /api/operators/{id}/offers/{appealId}/accept"] = (401, 403),
        ["POST /api/operators/{id}/offers/{appealId}/decline"] = (401, 403),
        ["POST /api/operators/{id}/appeals/{appealId}/resolve"] = (401, 403),
        ["GET /api/assignments/queues"] = (401, Allowed),
        ["POST /api/assignments/appeals/{id}/requeue"] = (401, 403),
        ["POST /api/assignments/appeals/{id}/reassign"] = (401, 403),
        ["GET /api/assignments/appeals/{id}"] = (401, 403),
        ["GET /api/staffing/alerts"] = (401, Allowed),
        ["POST /api/staffing/alerts"] = (401, 403),
        ["POST /api/staffing/erlang"] = (401, 403),
        ["GET /api/staffing/forecast"] = (401, 403),
        ["GET /api/staffing/operators"] = (401, 403),
        ["POST /api/staffing/operators"] = (401, 403),
        ["GET /api/staffing/operators/export"] = (401, 403),
        ["POST /api/staffing/operators/import"] = (401, 403),
        ["GET /api/staffing/operators/{id}"] = (401, 403),
        ["PUT /api/staffing/operators/{id}"] = (401, 403),
        ["DELETE /api/staffing/operators/{id}"] = (401, 403),
        ["POST /api/staffing/operators/{id}/modules"] = (401, 403),
        ["GET /api/staffing/modules"] = (401, 403),
        ["GET /api/staffing/on-shift"] = (401, 403),
        ["GET /api/staffing/schedule"] = (401, 403),
        ["GET /api/reports/summary"] = (401, 403),
        ["GET /api/reports/intervals"] = (401, 403),
        ["GET /api/reports/appeals"] = (401, 403),
        ["GET /api/reports/appeals/{id}"] = (401, 403),
        ["GET /api/reports/operators"] = (401, 403),
        ["GET /api/reports/operators/{id}/timeline"] = (401, 403),
        ["GET /api/reports/forecast-accuracy"] = (401, 403),
        ["GET /api/reports/live"] = (401, 403),
        ["GET /api/reports/audit"] = (401, 403),
        ["POST /api/reports/rebuild"] = (401, 403),
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
        var direct = Services.ToDictionary(service => service, service => new HttpClient { BaseAddress = system.App.GetEndpoint(service, "http") });
        var wrong = new List<string>();
        foreach (var endpoint in endpoints)
        {
            var (expectedAnonymous, expectedOperator) = Expected[endpoint.Name];
            Check(wrong, endpoint, "anonymous", expectedAnonymous, await CallAsync(anonymous, endpoint));
            Check(wrong, endpoint, "operator naming another", expectedOperator, await CallAsync(operatorClient, endpoint));
            Check(wrong, endpoint, "straight at the service without a token", 401, await CallAsync(direct[endpoint.Service], endpoint));
        }

        Assert.True(wrong.Count == 0, string.Join("\n", wrong));
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

    private static async Task<HttpStatusCode> CallAsync(HttpClient client, Endpoint endpoint)
    {
        using var request = new HttpRequestMessage(new HttpMethod(endpoint.Method), endpoint.Path);
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
                var filled = path.Name;
                if (operation.Value.TryGetProperty("parameters", out var parameters))
                {
                    foreach (var parameter in parameters.EnumerateArray().Where(p => p.GetProperty("in").GetString() == "path"))
                    {
                        var isGuid = parameter.GetProperty("schema").TryGetProperty("format", out var format) && format.GetString() == "uuid";
                        filled = filled.Replace($"{{{parameter.GetProperty("name").GetString()}}}", isGuid ? Guid.CreateVersion7().ToString() : "op-matrix-other", StringComparison.Ordinal);
                    }
                }

                var method = operation.Name.ToUpperInvariant();
                var contentType = operation.Value.TryGetProperty("requestBody", out var body)
                    ? body.GetProperty("content").EnumerateObject().First().Name
                    : "application/json";
                endpoints.Add(new Endpoint(service, method, $"{method} {path.Name}", filled, contentType));
            }
        }

        return endpoints;
    }

    private sealed record Endpoint(string Service, string Method, string Name, string Path, string ContentType);
}
