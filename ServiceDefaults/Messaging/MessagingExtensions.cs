using System.Reflection;
using MassTransit;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Ukc.ServiceDefaults.Http;

namespace Ukc.ServiceDefaults.Messaging;

/// <summary>The one place where services are wired to RabbitMQ (through MassTransit) and to Redis.</summary>
public static class MessagingExtensions
{
    /// <summary>
    /// Five retries, 0.1 s to 5 s apart, for what may pass (Redis or the broker briefly away); an
    /// <see cref="InvalidMessageException"/> goes to the error queue at once.
    /// </summary>
    public static void Retry(IRetryConfigurator retry)
    {
        retry.Exponential(5, TimeSpan.FromMilliseconds(100), TimeSpan.FromSeconds(5), TimeSpan.FromMilliseconds(200));
        retry.Ignore<InvalidMessageException>();
    }

    /// <summary>
    /// MassTransit on RabbitMQ from the Aspire connection string <c>messaging</c>: publisher confirms,
    /// durable kebab-case endpoints of its own, retries before a message goes to its <c>_error</c> queue.
    /// Every consumer in <paramref name="consumers"/> (the service's <c>Consumers</c> folder) gets its queue.
    /// </summary>
    public static TBuilder AddUkcMessaging<TBuilder>(this TBuilder builder, Assembly consumers)
        where TBuilder : IHostApplicationBuilder
    {
        var connectionString = builder.Configuration.GetConnectionString(ConnectionNames.Messaging)
            ?? throw new InvalidOperationException($"Connection string '{ConnectionNames.Messaging}' for RabbitMQ is missing.");

        builder.Services.AddMassTransit(bus =>
        {
            // Every service has its own queue per message, named after the service: intake-appeal-queued.
            bus.SetEndpointNameFormatter(new KebabCaseEndpointNameFormatter(ServiceName(builder) + "-", includeNamespace: false));
            bus.AddConsumers(consumers);
            bus.UsingRabbitMq((context, rabbit) =>
            {
                rabbit.Host(new Uri(connectionString), host => host.PublisherConfirmation = true);
                rabbit.Durable = true;
                // Enough messages in hand to keep a consumer busy between the broker's round trips.
                rabbit.PrefetchCount = 64;
                rabbit.UseMessageRetry(Retry);
                rabbit.ConfigureEndpoints(context);
            });
        });
        builder.Services.AddOptions<MassTransitHostOptions>().Configure(options =>
        {
            options.WaitUntilStarted = true;
            options.StartTimeout = TimeSpan.FromSeconds(60);
            options.StopTimeout = TimeSpan.FromSeconds(15);
        });
        return builder;
    }

    private static string ServiceName(IHostApplicationBuilder builder) =>
        builder.Environment.ApplicationName.Replace("Ukc.", "", StringComparison.Ordinal).ToLowerInvariant();

    /// <summary>
    /// StackExchange.Redis from the Aspire connection string <c>redis</c>, with its health check and tracing;
    /// a request that finds Redis down gets 503 with Retry-After.
    /// </summary>
    public static TBuilder AddUkcRedis<TBuilder>(this TBuilder builder) where TBuilder : IHostApplicationBuilder
    {
        builder.AddRedisClient(ConnectionNames.Redis, configureOptions: options => options.AbortOnConnectFail = false);
        builder.Services.AddExceptionHandler<RedisUnavailableHandler>();
        return builder;
    }
}
