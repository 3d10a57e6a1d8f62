using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;

namespace Assignment.Tests;

public sealed class OpenApiTests
{
    [Theory]
    [InlineData("/api/operators/{id}/presence", "put", "PresenceRequest")]
    [InlineData("/api/operators/{id}/appeals/{appealId}/resolve", "post", "ResolveRequest")]
    public async Task The_OpenAPI_document_shows_each_request_body(string path, string method, string schema)
    {
        // The document needs no broker or Redis: nothing in the background is started.
        using var service = new WebApplicationFactory<Program>().WithWebHostBuilder(host => host
            .UseSetting("ConnectionStrings:messaging", "amqp://guest:guest@127.0.0.1:1/")
            .UseSetting("Auth:ServiceTokenKey", ServiceCallers.Key)
            .UseSetting("ConnectionStrings:redis", "127.0.0.1:1,connectTimeout=100")
            .ConfigureServices(services => services.RemoveAll<IHostedService>()));
        using var client = service.CreateClient();

        var document = await client.GetFromJsonAsync<JsonElement>("/openapi/v1.json");

        var body = document.GetProperty("paths").GetProperty(path).GetProperty(method).GetProperty("requestBody");
        var reference = body.GetProperty("content").GetProperty("application/json").GetProperty("schema").GetProperty("$ref").GetString();
        Assert.Equal($"#/components/schemas/{schema}", reference);
    }
}
