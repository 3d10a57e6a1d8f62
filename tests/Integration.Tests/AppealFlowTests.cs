using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;

namespace Integration.Tests;

[Collection(UkcSystemCollection.Name)]
public sealed class AppealFlowTests(UkcSystem system)
{
    private const string AppealsByArrival = "{intake}:appeals";
    private const string ReceivedCounted = "{reporting}:counted:received";

    [Fact]
    public async Task An_appeal_filed_through_the_gateway_is_queued_and_counted()
    {
        var before = await SummaryAsync();

        var response = await system.Gateway.PostAsJsonAsync("/api/appeals",
            new { text = "Допоможіть евакуювати лежачу маму з Харкова", channel = "web" });

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        var accepted = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("received", accepted.GetProperty("status").GetString());
        var location = response.Headers.Location!.ToString();

        var appeal = await Eventually.HoldsAsync(
            () => system.Gateway.GetFromJsonAsync<JsonElement>(location),
            a => a.GetProperty("status").GetString() == "queued");
        Assert.Equal("evacuation", appeal.GetProperty("category").GetString());

        var id = appeal.GetProperty("id").GetGuid().ToString("N");
        foreach (var stage in new[] { "received", "categorized", "queued" })
        {
            await Eventually.HoldsAsync(() => system.Redis.GetDatabase().SetContainsAsync($"{{reporting}}:counted:{stage}", id), counted => counted);
        }

        // Other tests' appeals may be on their way too, so the summary has grown by at least this one.
        var after = await SummaryAsync();
        Assert.All(new[] { "received", "categorized", "queued" }, stage => Assert.True(Count(after, stage) > Count(before, stage), stage));
        Assert.True(after.GetProperty("byCategory").GetProperty("evacuation").GetInt64() >= 1);
    }

    [Theory]
    [InlineData("""{"channel":"web"}""", "text")]
    [InlineData("""{"text":"   ","channel":"web"}""", "text")]
    [InlineData("""{"text":"Потрібна допомога","channel":"pigeon"}""", "channel")]
    [InlineData("""{"text":"Потрібна допомога","channel":"web" """, "body")]
    [InlineData("""{"text":42}""", "text")]
    public async Task An_invalid_appeal_gets_a_problem_naming_the_field_and_nothing_is_stored_or_published(string body, string field)
    {
        var storedBefore = await system.Redis.GetDatabase().SortedSetLengthAsync(AppealsByArrival);
        var receivedBefore = Count(await SummaryAsync(), "received");

        var response = await system.Gateway.PostAsync("/api/appeals", new StringContent(body, Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _), $"the problem names '{field}': {problem}");
        Assert.Equal(storedBefore, await system.Redis.GetDatabase().SortedSetLengthAsync(AppealsByArrival));

        // Events of one type are counted in the order they were published: once a valid appeal filed after
        // the invalid one is counted, an event published for the invalid one would have been counted too.
        await FileValidAppealAndWaitUntilCountedAsync();
        Assert.Equal(receivedBefore + 1, Count(await SummaryAsync(), "received"));
    }

    [Fact]
    public async Task Text_over_4000_characters_is_refused()
    {
        var response = await system.Gateway.PostAsJsonAsync("/api/appeals", new { text = new string('я', 4001), channel = "chat" });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    private async Task FileValidAppealAndWaitUntilCountedAsync()
    {
        var response = await system.Gateway.PostAsJsonAsync("/api/appeals", new { text = "Коли будуть виплати ВПО?", channel = "chat" });
        var id = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        await Eventually.HoldsAsync(
            () => system.Redis.GetDatabase().SetContainsAsync(ReceivedCounted, id.ToString("N")),
            counted => counted);
    }

    private Task<JsonElement> SummaryAsync() => system.Gateway.GetFromJsonAsync<JsonElement>("/api/reports/summary");

    private static long Count(JsonElement summary, string stage) => summary.GetProperty(stage).GetInt64();
}
