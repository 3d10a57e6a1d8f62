using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Ukc.Contracts;

namespace Intake.Tests;

/// <summary>One phone number files at most five appeals in ten minutes from the web, the chat or a callback request.</summary>
public sealed class PhoneLimitTests(RedisServer redis) : IClassFixture<RedisServer>, IAsyncLifetime
{
    private IntakeHost host = null!;

    public async Task InitializeAsync()
    {
        await redis.FlushAsync();
        host = new IntakeHost(redis);
    }

    public async Task DisposeAsync() => await host.DisposeAsync();

    [Fact]
    public async Task The_sixth_appeal_from_one_number_gets_429_with_Retry_After_and_is_not_stored()
    {
        for (var i = 0; i < 5; i++)
        {
            Assert.Equal(HttpStatusCode.Accepted, (await FileAsync($"Потрібна допомога, звернення {i}", "067 123 45 67")).StatusCode);
        }

        // The same number written another way is the same number.
        var refused = await FileAsync("Потрібна допомога ще раз", "+380671234567");
        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.InRange(int.Parse(refused.Headers.GetValues("Retry-After").Single(), CultureInfo.InvariantCulture), 1, 600);
        Assert.Equal(429, (await refused.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("status").GetInt32());
        var listed = await host.Client.GetFromJsonAsync<JsonElement>("/api/appeals?pageSize=200");
        Assert.Equal(5, listed.GetProperty("total").GetInt64());

        Assert.Equal(HttpStatusCode.Accepted, (await FileAsync("Потрібна евакуація", "0501112233")).StatusCode);
        Assert.Equal(HttpStatusCode.Accepted, (await FileAsync("Без номера телефону", phone: null)).StatusCode);
        // The PBX's calls from that number are not counted: a caller who rings again is a repeat contact.
        Assert.NotEqual(Guid.Empty, await host.ReportCallAsync($"pbx-{Guid.NewGuid():N}", "+380671234567"));
    }

    private Task<HttpResponseMessage> FileAsync(string text, string? phone) =>
        host.Client.PostAsJsonAsync("/api/appeals", new { text, channel = Channels.Web, phone, consent = phone is not null });
}
