using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;
using Ukc.Intake;

namespace Intake.Tests;

public sealed class OptionsTests
{
    [Theory]
    [InlineData("Intake:RepeatContactWindow", "00:00:00")]
    [InlineData("Intake:LiveRetention", "12:00:00")]
    [InlineData("Intake:LiveRetention", "400.00:00:00")]
    [InlineData("Intake:ArchiveInterval", "00:00:00")]
    public async Task A_setting_out_of_its_range_stops_the_service_at_start_naming_it(string key, string value)
    {
        var builder = WebApplication.CreateBuilder();
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            [key] = value,
            // Never reached: the options are checked before anything connects.
            ["ConnectionStrings:redis"] = "127.0.0.1:1,connectTimeout=100",
            ["ConnectionStrings:messaging"] = "amqp://guest:guest@127.0.0.1:1",
        });
        builder.AddApplicationServices();
        await using var app = builder.Build();

        var failure = await Assert.ThrowsAsync<OptionsValidationException>(() => app.StartAsync());

        Assert.Contains(key, failure.Message, StringComparison.Ordinal);
    }
}
