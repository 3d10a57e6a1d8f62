using System.Collections.Concurrent;
using MassTransit;

namespace Integration.Tests;

/// <summary>The messages of one type a test saw on the bus, in the order they arrived.</summary>
public sealed class EventLog<T> : IAsyncDisposable
{
    private readonly ConcurrentQueue<T> messages = new();

    internal HostReceiveEndpointHandle? Handle { get; set; }

    public IReadOnlyList<T> Messages => [.. messages];

    internal void Add(T message) => messages.Enqueue(message);

    public async ValueTask DisposeAsync()
    {
        if (Handle is not null)
        {
            await Handle.StopAsync();
        }
    }
}
