using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Ukc.Contracts;
using Ukc.ServiceDefaults.Messaging;

namespace Integration.Tests;

/// <summary>No appeal that Intake answered 2xx is ever lost: not while the broker is down, not when Intake dies, not when Redis is down.</summary>
[Collection(DisruptedSystemCollection.Name)]
public sealed class IntakeResilienceTests(UkcSystem system)
{
    private static readonly TimeSpan Recovery = TimeSpan.FromMinutes(2);

    [Fact]
    public async Task Appeals_accepted_while_the_broker_is_down_flow_on_once_it_is_back()
    {
        await system.StopAsync(ConnectionNames.Messaging);
        List<Guid> ids;
        try
        {
            ids = await FileAppealsAsync(5, "Поки не працює брокер: потрібна вода");
            Assert.All(await Task.WhenAll(ids.Select(GetAsync)), a => Assert.Equal(AppealStatuses.Received, Status(a)));
            Assert.True((await StatsAsync()).GetProperty("awaitingBroker").GetInt64() >= 5);
        }
        finally
        {
            await system.StartAsync(ConnectionNames.Messaging);
        }

        foreach (var id in ids)
        {
            await Eventually.HoldsAsync(() => GetAsync(id), a => Status(a) == AppealStatuses.Queued, Recovery);
        }
    }

    [Fact]
    public async Task Appeals_whose_messages_Intake_had_not_published_when_it_died_are_delivered_after_it_restarts()
    {
        await system.StopAsync(ConnectionNames.Messaging);
        List<Guid> ids;
        try
        {
            ids = await FileAppealsAsync(3, "Intake зупинився: потрібні ліки");
            // Intake dies holding messages it read from its outbox but could not publish.
            await system.KillAsync("intake", "Ukc.Intake");
        }
        finally
        {
            await system.StartAsync(ConnectionNames.Messaging);
            // The AppHost starts Intake again by itself once the broker it waits for is back.
            await system.RunningAgainAsync("intake");
        }

        foreach (var id in ids)
        {
            await Eventually.HoldsAsync(() => GetAsync(id), a => Status(a) == AppealStatuses.Queued, Recovery);
        }
    }

    [Fact]
    public async Task While_Redis_is_down_intake_answers_503_with_Retry_After_and_stores_nothing()
    {
        var stored = await system.Redis.GetDatabase().SortedSetLengthAsync("{intake}:appeals");
        await system.StopAsync(ConnectionNames.Redis);
        HttpResponseMessage response;
        try
        {
            response = await system.Gateway.PostAsJsonAsync("/api/appeals", new { text = "Redis лежить, а я потребую допомоги", channel = "web" });
        }
        finally
        {
            await system.StartAsync(ConnectionNames.Redis);
        }

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.NotNull(response.Headers.RetryAfter);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(stored, await system.Redis.GetDatabase().SortedSetLengthAsync("{intake}:appeals"));
    }

    private async Task<List<Guid>> FileAppealsAsync(int count, string text)
    {
        var ids = new List<Guid>();
        for (var i = 0; i < count; i++)
        {
            var response = await system.Gateway.PostAsJsonAsync("/api/appeals", new { text = $"{text} ({i})", channel = "web" });
            Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
            ids.Add((await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid());
        }

        return ids;
    }

    private Task<JsonElement> GetAsync(Guid id) => system.Gateway.GetFromJsonAsync<JsonElement>($"/api/appeals/{id}");

    private Task<JsonElement> StatsAsync() => system.Gateway.GetFromJsonAsync<JsonElement>("/api/appeals/stats");

    private static string? Status(JsonElement appeal) => appeal.GetProperty("status").GetString();
}
