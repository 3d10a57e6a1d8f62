using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;
using Ukc.Categorization;

namespace Categorization.Tests;

public sealed class OptionsTests
{
    [Fact]
    public async Task A_review_threshold_outside_0_to_1_stops_the_service_at_start_naming_the_setting()
    {
        var builder = WebApplication.CreateBuilder();
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Classifier:ReviewThreshold"] = "2",
            // Never reached: the options are checked before anything connects.
            ["ConnectionStrings:redis"] = "127.0.0.1:1",
            ["ConnectionStrings:messaging"] = "amqp://guest:guest@127.0.0.1:1",
        });
        builder.AddApplicationServices();
        await using var app = builder.Build();

        var failure = await Assert.ThrowsAsync<OptionsValidationException>(() => app.StartAsync());

        Assert.Contains("Classifier:ReviewThreshold", failure.Message, StringComparison.Ordinal);
    }
}
