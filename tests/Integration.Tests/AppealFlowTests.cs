using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;

namespace Integration.Tests;

[Collection(UkcSystemCollection.Name)]
public sealed class AppealFlowTests(UkcSystem system)
{
    private const string AppealsByArrival = "{intake}:appeals";

    [Fact]
    public async Task An_appeal_filed_through_the_gateway_is_queued_and_recorded_in_Reporting_s_history()
    {
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

        var id = appeal.GetProperty("id").GetGuid();
        var record = await ArchivedAsync(id, r => r.GetProperty("appeal").GetProperty("queuedAt").ValueKind == JsonValueKind.String);
        Assert.Equal("evacuation", record.GetProperty("appeal").GetProperty("category").GetString());
        Assert.Equal("Допоможіть евакуювати лежачу маму з Харкова", record.GetProperty("text").GetString());
        Assert.Equal(["AppealReceived", "AppealCategorized", "AppealQueued"],
            record.GetProperty("timeline").EnumerateArray().Select(e => e.GetProperty("type").GetString()).Take(3));
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
        var receivedBefore = (await SummaryAsync()).GetProperty("received").GetInt64();

        var response = await system.Gateway.PostAsync("/api/appeals", new StringContent(body, Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _), $"the problem names '{field}': {problem}");
        Assert.Equal(storedBefore, await system.Redis.GetDatabase().SortedSetLengthAsync(AppealsByArrival));

        // An event published for the invalid appeal would have been on its way before the valid one's.
        await FileValidAppealAndWaitUntilRecordedAsync();
        Assert.Equal(receivedBefore + 1, (await SummaryAsync()).GetProperty("received").GetInt64());
    }

    [Fact]
    public async Task Text_over_4000_characters_is_refused()
    {
        var response = await system.Gateway.PostAsJsonAsync("/api/appeals", new { text = new string('я', 4001), channel = "chat" });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    private async Task FileValidAppealAndWaitUntilRecordedAsync()
    {
        var response = await system.Gateway.PostAsJsonAsync("/api/appeals", new { text = "Коли будуть виплати ВПО?", channel = "chat" });
        var id = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        await ArchivedAsync(id, _ => true);
    }

    private Task<JsonElement> ArchivedAsync(Guid id, Func<JsonElement, bool> holds) =>
        Eventually.HoldsAsync(
            async () =>
            {
                var response = await system.Gateway.GetAsync($"/api/reports/appeals/{id}");
                return response.IsSuccessStatusCode ? await response.Content.ReadFromJsonAsync<JsonElement>() : default;
            },
            record => record.ValueKind == JsonValueKind.Object && holds(record));

    private Task<JsonElement> SummaryAsync() => system.Gateway.GetFromJsonAsync<JsonElement>("/api/reports/summary");
}
