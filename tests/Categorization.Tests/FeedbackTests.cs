using System.Text.Json;
using MassTransit;
using MassTransit.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using StackExchange.Redis;
using Ukc.Categorization.Consumers;
using Ukc.Categorization.Infrastructure;
using Ukc.Contracts;

namespace Categorization.Tests;

public sealed class FeedbackTests(RedisServer redis) : IClassFixture<RedisServer>, IAsyncLifetime
{
    private static readonly DateTimeOffset Noon = new(2022, 3, 10, 12, 0, 0, TimeSpan.Zero);

    private readonly FeedbackStore store = new(redis.Connection);

    public Task InitializeAsync() => redis.FlushAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task The_same_correction_twice_is_stored_once()
    {
        var correction = Correction(Guid.NewGuid(), Categories.Medical, Noon);

        Assert.True(await store.AddAsync(correction));
        Assert.False(await store.AddAsync(correction));
        Assert.Single(await store.ExportAsync());
    }

    [Fact]
    public async Task Export_is_one_json_object_per_line_oldest_first()
    {
        var later = Correction(Guid.NewGuid(), Categories.Evacuation, Noon.AddMinutes(5));
        var earlier = Correction(Guid.NewGuid(), Categories.Documents, Noon);
        await store.AddAsync(later);
        await store.AddAsync(earlier);

        var lines = await store.ExportAsync();

        var first = JsonDocument.Parse(lines[0]).RootElement;
        Assert.Equal(earlier.AppealId, first.GetProperty("appealId").GetGuid());
        Assert.Equal((Categories.Other, Categories.Documents, "op-7"),
            (first.GetProperty("previousCategory").GetString(), first.GetProperty("correctedCategory").GetString(), first.GetProperty("operatorId").GetString()));
        Assert.Equal(later.AppealId, JsonDocument.Parse(lines[1]).RootElement.GetProperty("appealId").GetGuid());
    }

    [Fact]
    public async Task A_correction_on_the_bus_is_kept_and_one_to_an_unknown_category_faults()
    {
        await using var services = new ServiceCollection()
            .AddSingleton(redis.Connection)
            .AddSingleton<FeedbackStore>()
            .AddSingleton(typeof(ILogger<>), typeof(NullLogger<>))
            .AddMassTransitTestHarness(bus => bus.AddConsumer<CategoryCorrectedConsumer>())
            .BuildServiceProvider(true);
        var harness = services.GetRequiredService<ITestHarness>();
        await harness.Start();
        var kept = Correction(Guid.NewGuid(), Categories.Utilities, Noon);
        var unknown = Correction(Guid.NewGuid(), "weather", Noon);

        await harness.Bus.Publish(kept);
        await harness.Bus.Publish(unknown);

        Assert.True(await harness.Consumed.Any<CategoryCorrected>(message => message.Context.Message.AppealId == kept.AppealId));
        Assert.True(await harness.Published.Any<Fault<CategoryCorrected>>(fault => fault.Context.Message.Message.AppealId == unknown.AppealId));
        Assert.Contains(await store.ExportAsync(), line => line.Contains(kept.AppealId.ToString(), StringComparison.Ordinal));
    }

    private static CategoryCorrected Correction(Guid appealId, string corrected, DateTimeOffset at) =>
        new(appealId, "op-7", Categories.Other, corrected, at);
}
