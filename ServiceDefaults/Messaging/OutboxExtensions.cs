using System.Reflection;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Ukc.ServiceDefaults.Messaging;

public static class OutboxExtensions
{
    /// <summary>
    /// An outbox in the Redis stream <paramref name="streamKey"/> and the dispatcher that publishes it, for the
    /// message records of <paramref name="contracts"/>. Settings come from the <c>Outbox</c> section.
    /// </summary>
    public static void AddUkcOutbox(this IHostApplicationBuilder builder, string streamKey, Assembly contracts)
    {
        builder.Services.AddSingleton(OutboxStream.For(streamKey, contracts, builder.Environment.ApplicationName));
        builder.Services.AddSingleton<Outbox>();
        builder.Services.AddSingleton<OutboxSignal>();
        builder.Services.AddOptions<OutboxOptions>().BindConfiguration(OutboxOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddHostedService<OutboxDispatcher>();
    }
}
