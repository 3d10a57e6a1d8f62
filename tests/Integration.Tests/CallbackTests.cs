using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Ukc.Contracts;

namespace Integration.Tests;

[Collection(UkcSystemCollection.Name)]
public sealed class CallbackTests(UkcSystem system)
{
    [Fact]
    public async Task A_callback_request_is_not_offered_before_its_window_opens_and_is_offered_inside_it()
    {
        await OperatorConsole.AnswerWhatWaitsAsync(system);
        await using var offered = await system.ListenAsync<AppealOffered>();
        await using var console = await OperatorConsole.StartAsync(system, $"callback-{Guid.NewGuid().ToString("N")[..6]}");
        var opens = DateTimeOffset.UtcNow.AddSeconds(8);
        var closes = opens.AddHours(1);

        var filed = await system.Gateway.PostAsJsonAsync("/api/appeals", new
        {
            text = "Передзвоніть, будь ласка, щодо евакуації з Харкова", channel = "callback", phone = $"+38093{Random.Shared.Next(1000000, 9999999)}", consent = true,
            callbackFrom = opens, callbackTo = closes,
        });
        Assert.Equal(HttpStatusCode.Accepted, filed.StatusCode);
        var appeal = (await filed.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();

        var offers = await Eventually.HoldsAsync(
            () => Task.FromResult(offered.Messages.Where(o => o.AppealId == appeal).ToList()), o => o.Count > 0, TimeSpan.FromSeconds(60));
        Assert.InRange(offers[0].OfferedAt, opens, closes);
        await Eventually.HoldsAsync(
            () => system.Gateway.GetFromJsonAsync<JsonElement>($"/api/appeals/{appeal}"),
            a => a.GetProperty("timeline").EnumerateArray().Any(e => e.GetProperty("status").GetString() == AppealStatuses.CallbackScheduled));
    }
}
