using Microsoft.AspNetCore.Mvc.Testing;

namespace Assignment.Tests;

public sealed class SettingsTests
{
    [Theory]
    [InlineData("Routing:OfferTimeout", "00:00:00", "OfferTimeout")]
    [InlineData("Routing:TimeoutsBeforeBreak", "0", "TimeoutsBeforeBreak")]
    [InlineData("Routing:WrapUp", "half a minute", "Routing:WrapUp")]
    [InlineData("Outbox:BatchSize", "0", "BatchSize")]
    [InlineData("Telemetry:TracesPerSecond", "-1", "TracesPerSecond")]
    public void A_bad_setting_stops_the_service_at_start_with_a_message_naming_it(string key, string value, string named)
    {
        using var service = new WebApplicationFactory<Program>().WithWebHostBuilder(host => host
            .UseSetting("ConnectionStrings:messaging", "amqp://guest:guest@127.0.0.1:1/")
            .UseSetting("Auth:ServiceTokenKey", ServiceCallers.Key)
            .UseSetting("ConnectionStrings:redis", "127.0.0.1:1,connectTimeout=100")
            .UseSetting(key, value));

        var failure = Assert.ThrowsAny<Exception>(() => service.CreateClient());

        Assert.Contains(named, failure.ToString(), StringComparison.Ordinal);
    }
}
