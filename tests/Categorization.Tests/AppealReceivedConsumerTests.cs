using MassTransit;
using MassTransit.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using Ukc.Categorization.Consumers;
using Ukc.Categorization.Domain;
using Ukc.Categorization.Infrastructure;
using Ukc.Contracts;
using Ukc.ServiceDefaults.Messaging;

namespace Categorization.Tests;

[Collection(TrainedClassifierCollection.Name)]
public sealed class AppealReceivedConsumerTests(TrainedClassifier trained, RedisServer redis) : IClassFixture<RedisServer>, IAsyncLifetime
{
    private readonly FakeTimeProvider time = new(new DateTimeOffset(2022, 3, 10, 12, 0, 0, TimeSpan.Zero));
    private ServiceProvider services = null!;
    private ITestHarness harness = null!;

    public async Task InitializeAsync()
    {
        services = new ServiceCollection()
            .AddSingleton(trained.Classifier)
            .AddSingleton<TimeProvider>(time)
            .AddSingleton(redis.Connection)
            .AddSingleton<CategorizedAppeals>()
            .AddSingleton(typeof(ILogger<>), typeof(NullLogger<>))
            .AddMassTransitTestHarness(bus => bus.AddConsumer<AppealReceivedConsumer>())
            .BuildServiceProvider(true);
        harness = services.GetRequiredService<ITestHarness>();
        await harness.Start();
    }

    public async Task DisposeAsync() => await services.DisposeAsync();

    [Fact]
    public async Task A_received_appeal_is_published_with_its_reading()
    {
        var appealId = Guid.NewGuid();

        await harness.Bus.Publish(Appeal(appealId, "Обстріл прямо зараз, Харків, сусід поранений, допоможіть!!!"));

        Assert.True(await harness.Published.Any<AppealCategorized>(message => message.Context.Message.AppealId == appealId));
        var categorized = harness.Published.Select<AppealCategorized>().Single(message => message.Context.Message.AppealId == appealId).Context.Message;
        Assert.Equal((Priorities.Critical, "uk"), (categorized.Priority, categorized.Language));
        Assert.Contains(Skills.PsychologicalFirstAid, categorized.Skills);
    }

    [Fact]
    public async Task A_redelivered_appeal_is_announced_again_with_the_first_time()
    {
        var appeal = Appeal(Guid.NewGuid(), "Де отримати гуманітарну допомогу у Львові?");
        var first = time.GetUtcNow();

        await harness.Bus.Publish(appeal);
        Assert.True(await harness.Published.Any<AppealCategorized>(message => message.Context.Message.AppealId == appeal.AppealId));
        time.Advance(TimeSpan.FromMinutes(3));
        await harness.Bus.Publish(appeal);

        var announced = new List<DateTimeOffset>();
        await foreach (var message in harness.Published.SelectAsync<AppealCategorized>(message => message.Context.Message.AppealId == appeal.AppealId))
        {
            announced.Add(message.Context.Message.CategorizedAt);
            if (announced.Count == 2)
            {
                break;
            }
        }

        Assert.Equal([first, first], announced);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public async Task An_appeal_without_text_faults_and_publishes_nothing(string text)
    {
        var appealId = Guid.NewGuid();

        await harness.Bus.Publish(Appeal(appealId, text));

        Assert.True(await harness.Published.Any<Fault<AppealReceived>>(fault =>
            fault.Context.Message.Message.AppealId == appealId
            && fault.Context.Message.Exceptions.Any(exception => exception.ExceptionType == typeof(InvalidMessageException).FullName)));
        Assert.False(await harness.Published.Any<AppealCategorized>(message => message.Context.Message.AppealId == appealId));
    }

    [Fact]
    public async Task An_over_long_appeal_faults_and_the_consumer_goes_on()
    {
        var tooLong = Guid.NewGuid();
        var next = Guid.NewGuid();

        await harness.Bus.Publish(Appeal(tooLong, new string('а', AppealText.MaxLength + 1)));
        await harness.Bus.Publish(Appeal(next, "Де отримати гуманітарну допомогу у Львові?"));

        Assert.True(await harness.Published.Any<Fault<AppealReceived>>(fault => fault.Context.Message.Message.AppealId == tooLong));
        Assert.True(await harness.Published.Any<AppealCategorized>(message => message.Context.Message.AppealId == next));
    }

    [Fact]
    public async Task A_callback_request_is_categorized_with_its_window()
    {
        var from = time.GetUtcNow().AddHours(1);
        var appeal = Appeal(Guid.NewGuid(), "Передзвоніть щодо виплат ВПО") with { Channel = Channels.Callback, CallbackFrom = from, CallbackTo = from.AddHours(2) };

        await harness.Bus.Publish(appeal);

        Assert.True(await harness.Published.Any<AppealCategorized>(message => message.Context.Message.AppealId == appeal.AppealId));
        var categorized = harness.Published.Select<AppealCategorized>().Single(message => message.Context.Message.AppealId == appeal.AppealId).Context.Message;
        Assert.Equal((from, from.AddHours(2)), (categorized.CallbackFrom, categorized.CallbackTo));
    }

    private static AppealReceived Appeal(Guid id, string text) =>
        new(id, Channels.Web, text, null, null, DateTimeOffset.UtcNow);
}
