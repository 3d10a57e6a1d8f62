using MassTransit;
using MassTransit.Testing;
using Microsoft.Extensions.DependencyInjection;
using Ukc.ServiceDefaults.Messaging;

namespace ServiceDefaults.Tests;

public sealed class RetryPolicyTests
{
    [Fact]
    public async Task A_message_no_retry_can_make_valid_faults_on_its_first_attempt()
    {
        var attempts = await AttemptsUntilFaultAsync(new Failure("invalid"));

        Assert.Equal(1, attempts);
    }

    [Fact]
    public async Task A_message_that_may_pass_later_is_tried_five_more_times_before_it_faults()
    {
        var attempts = await AttemptsUntilFaultAsync(new Failure("transient"));

        Assert.Equal(6, attempts);
    }

    private static async Task<int> AttemptsUntilFaultAsync(Failure failure)
    {
        var consumer = new FailingConsumer();
        await using var services = new ServiceCollection()
            .AddSingleton(consumer)
            .AddMassTransitTestHarness(bus =>
            {
                bus.AddConsumer<FailingConsumer>();
                bus.UsingInMemory((context, memory) =>
                {
                    memory.UseMessageRetry(MessagingExtensions.Retry);
                    memory.ConfigureEndpoints(context);
                });
            })
            .BuildServiceProvider(true);
        var harness = services.GetRequiredService<ITestHarness>();
        harness.TestTimeout = TimeSpan.FromSeconds(30);
        await harness.Start();

        await harness.Bus.Publish(failure);

        Assert.True(await harness.Published.Any<Fault<Failure>>());
        return consumer.Attempts;
    }

    public sealed record Failure(string Kind);

    private sealed class FailingConsumer : IConsumer<Failure>
    {
        private int attempts;

        public int Attempts => attempts;

        public Task Consume(ConsumeContext<Failure> context)
        {
            Interlocked.Increment(ref attempts);
            throw context.Message.Kind == "invalid"
                ? new InvalidMessageException("No retry makes this valid.")
                : new TimeoutException("Redis did not answer in time.");
        }
    }
}
