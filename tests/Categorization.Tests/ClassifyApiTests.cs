using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Ukc.Categorization.Apis;
using Ukc.Categorization.Domain;
using Ukc.Categorization.Infrastructure;
using Ukc.Contracts;
using Ukc.ServiceDefaults.Auth;

namespace Categorization.Tests;

/// <summary>The classify endpoint over HTTP, so that a malformed body is answered the way the service answers it.</summary>
[Collection(TrainedClassifierCollection.Name)]
public sealed class ClassifyApiTests(TrainedClassifier trained) : IAsyncLifetime
{
    private WebApplication app = null!;
    private HttpClient client = null!;

    public async Task InitializeAsync()
    {
        var builder = WebApplication.CreateBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Configuration[ServiceTokens.KeySetting] = ServiceCallers.Key;
        builder.AddUkcAccess();
        builder.Services.AddSingleton(trained.Classifier);
        // Only resolved by the feedback export, which these tests do not call.
        builder.Services.AddSingleton<FeedbackStore>();
        app = builder.Build();
        app.UseUkcAccess();
        app.MapCategorizationApi();
        await app.StartAsync();
        client = new HttpClient { BaseAddress = new Uri(app.Urls.Single()) }.As("op-1", Roles.Operator);
    }

    public async Task DisposeAsync()
    {
        client.Dispose();
        await app.DisposeAsync();
    }

    [Fact]
    public async Task A_text_is_classified_without_creating_an_appeal()
    {
        var response = await ClassifyAsync("""{"text":"Де отримати гуманітарну допомогу у Львові?"}""");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(Categories.HumanitarianAid, (await response.Content.ReadFromJsonAsync<Classification>())!.Category);
    }

    [Theory]
    [InlineData("""{"text":""}""", "text")]
    [InlineData("""{"text":"   "}""", "text")]
    [InlineData("""{}""", "text")]
    [InlineData("""{"text":42}""", "text")]
    [InlineData("""{"text":"обрив""", "text")]
    [InlineData("""не json""", "body")]
    public async Task Empty_or_malformed_text_is_a_validation_problem(string body, string field)
    {
        var response = await ClassifyAsync(body);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal("The text cannot be classified.", problem.GetProperty("title").GetString());
        Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _));
    }

    [Fact]
    public async Task Text_over_4000_characters_is_a_validation_problem()
    {
        var response = await ClassifyAsync($$"""{"text":"{{new string('я', AppealText.MaxLength + 1)}}"}""");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    private Task<HttpResponseMessage> ClassifyAsync(string body) =>
        client.PostAsync("/api/categorization/classify", new StringContent(body, Encoding.UTF8, "application/json"));
}
