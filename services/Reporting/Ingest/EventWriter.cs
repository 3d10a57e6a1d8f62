using System.Threading.Channels;
using Npgsql;

namespace Ukc.Reporting.Ingest;

/// <summary>
/// Gathers the events that consumers hand in while a write is under way and writes them together (group commit):
/// one transaction for many events, and each consumer's message acknowledged only once its event is stored.
/// While PostgreSQL is away the batch waits and is tried again, so the messages stay with the broker meanwhile.
/// </summary>
public sealed class EventWriter(EventHistory history, ILogger<EventWriter> logger) : BackgroundService
{
    public const int MaxBatch = 1_000;
    private static readonly TimeSpan MaxPause = TimeSpan.FromSeconds(5);

    private readonly Channel<Pending> pending = Channel.CreateUnbounded<Pending>(new UnboundedChannelOptions { SingleReader = true });

    public async Task WriteAsync(RecordedEvent recorded, CancellationToken cancellationToken)
    {
        var done = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        await pending.Writer.WriteAsync(new Pending(recorded, done), cancellationToken);
        await done.Task.WaitAsync(cancellationToken);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var batch = new List<Pending>(MaxBatch);
        while (await pending.Reader.WaitToReadAsync(stoppingToken))
        {
            while (batch.Count < MaxBatch && pending.Reader.TryRead(out var next))
            {
                batch.Add(next);
            }

            await WriteBatchAsync(batch, stoppingToken);
            batch.Clear();
        }
    }

    private async Task WriteBatchAsync(List<Pending> batch, CancellationToken stoppingToken)
    {
        var pause = TimeSpan.FromMilliseconds(100);
        while (true)
        {
            try
            {
                await history.WriteAsync([.. batch.Select(p => p.Event)], stoppingToken);
                batch.ForEach(p => p.Done.TrySetResult());
                return;
            }
            catch (NpgsqlException exception) when (exception.IsTransient && !stoppingToken.IsCancellationRequested)
            {
                logger.LogWarning(exception, "PostgreSQL is not answering; {Count} events wait {Pause} and are tried again", batch.Count, pause);
                await Task.Delay(pause, stoppingToken);
                pause = TimeSpan.FromTicks(Math.Min(pause.Ticks * 2, MaxPause.Ticks));
            }
            catch (Exception exception)
            {
                batch.ForEach(p => p.Done.TrySetException(exception));
                return;
            }
        }
    }

    private sealed record Pending(RecordedEvent Event, TaskCompletionSource Done);
}
