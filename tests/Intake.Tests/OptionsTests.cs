using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;
using Ukc.Intake;

namespace Intake.Tests;

public sealed class OptionsTests
{
    [Fact]
    public async Task A_repeat_contact_window_of_zero_stops_the_service_at_start_naming_the_setting()
    {
        var builder = WebApplication.CreateBuilder();
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Intake:RepeatContactWindow"] = "00:00:00",
            // Never reached: the options are checked before anything connects.
            ["ConnectionStrings:redis"] = "127.0.0.1:1",
            ["ConnectionStrings:messaging"] = "amqp://guest:guest@127.0.0.1:1",
        });
        builder.AddApplicationServices();
        await using var app = builder.Build();

        var failure = await Assert.ThrowsAsync<OptionsValidationException>(() => app.StartAsync());

        Assert.Contains("Intake:RepeatContactWindow", failure.Message, StringComparison.Ordinal);
    }
}
