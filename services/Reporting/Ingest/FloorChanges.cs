namespace Ukc.Reporting.Ingest;

/// <summary>Tells whoever watches the floor that the history changed, so the live feed sends a new snapshot.</summary>
public sealed class FloorChanges
{
    private TaskCompletionSource next = NewSource();

    public void Raise() => Interlocked.Exchange(ref next, NewSource()).TrySetResult();

    /// <summary>Completes at the next change after the call.</summary>
    public Task NextAsync(CancellationToken cancellationToken) => Volatile.Read(ref next).Task.WaitAsync(cancellationToken);

    private static TaskCompletionSource NewSource() => new(TaskCreationOptions.RunContinuationsAsynchronously);
}
