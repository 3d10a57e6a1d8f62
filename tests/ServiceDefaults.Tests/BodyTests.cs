using Ukc.Contracts;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Ukc.ServiceDefaults.Http;

namespace ServiceDefaults.Tests;

public sealed class BodyTests : IAsyncLifetime
{
    private WebApplication app = null!;
    private HttpClient client = null!;

    public async Task InitializeAsync()
    {
        var builder = WebApplication.CreateBuilder();
        builder.WebHost.UseTestServer();
        builder.Services.AddProblemDetails();
        app = builder.Build();
        app.MapPost("/shelters", (Body<ShelterRequest> body) => TypedResults.Ok(body.Value.Name));
        app.MapPost("/calls/ended", (Body<ShelterRequest>? body) => TypedResults.Ok(body is null ? "no body" : body.Value.Name));
        await app.StartAsync();
        client = app.GetTestClient();
    }

    public async Task DisposeAsync()
    {
        client.Dispose();
        await app.DisposeAsync();
    }

    [Fact]
    public async Task A_well_formed_body_reaches_the_handler()
    {
        var response = await client.PostAsJsonAsync("/shelters", new { name = "Metro Kharkiv" });

        Assert.Equal("Metro Kharkiv", await response.Content.ReadFromJsonAsync<string>());
    }

    [Theory]
    [InlineData("""{"name":42}""", "application/json", "name", "Malformed JSON at 'name'.")]
    [InlineData("""{"name":"Metro""", "application/json", "name", "Malformed JSON at 'name'.")]
    [InlineData("null", "application/json", "body", "The body must be a JSON object.")]
    [InlineData("not json", "application/json", "body", "Malformed JSON at 'body'.")]
    [InlineData("""{"name":" "}""", "application/json", "name", "Name the shelter.")]
    public async Task A_body_that_cannot_be_read_or_is_not_valid_is_a_validation_problem_naming_the_field_and_the_handler_never_runs(
        string body, string contentType, string field, string message)
    {
        var response = await client.PostAsync("/shelters", new StringContent(body, Encoding.UTF8, contentType));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(ShelterRequest.InvalidTitle, problem.GetProperty("title").GetString());
        Assert.Equal(message, problem.GetProperty("errors").GetProperty(field)[0].GetString());
    }

    [Fact]
    public async Task A_body_of_another_content_type_is_refused_before_it_is_read()
    {
        var response = await client.PostAsync("/shelters", new StringContent("""{"name":"Metro"}""", Encoding.UTF8, "text/plain"));

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
    }

    [Fact]
    public async Task A_body_without_a_content_type_is_a_validation_problem()
    {
        var response = await client.PostAsync("/shelters", new ByteArrayContent(Encoding.UTF8.GetBytes("""{"name":"Metro"}""")));

        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("The body must be JSON (Content-Type: application/json).", problem.GetProperty("errors").GetProperty("body")[0].GetString());
    }

    [Fact]
    public async Task An_optional_body_left_out_binds_to_nothing()
    {
        var response = await client.PostAsync("/calls/ended", null);

        Assert.Equal("no body", await response.Content.ReadFromJsonAsync<string>());
    }

    [Fact]
    public void The_endpoint_says_it_takes_the_body_as_JSON_for_its_OpenAPI_document()
    {
        var endpoint = app.Services.GetRequiredService<EndpointDataSource>().Endpoints.Single(e => e.DisplayName!.Contains("/shelters", StringComparison.Ordinal));

        var accepts = endpoint.Metadata.GetMetadata<IAcceptsMetadata>();

        Assert.Equal((typeof(ShelterRequest), "application/json"), (accepts!.RequestType, accepts.ContentTypes.Single()));
    }

    public sealed record ShelterRequest(string? Name) : IRequestBody
    {
        public static string InvalidTitle => "The shelter is not valid.";

        public Dictionary<string, string[]>? Validate() => string.IsNullOrWhiteSpace(Name) ? new() { ["name"] = ["Name the shelter."] } : null;
    }
}
