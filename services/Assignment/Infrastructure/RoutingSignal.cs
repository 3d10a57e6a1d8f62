namespace Ukc.Assignment.Infrastructure;

/// <summary>Raised whenever something changed that may make a match possible; the routing loop waits on it.</summary>
public sealed class RoutingSignal
{
    private readonly SemaphoreSlim raised = new(0, 1);

    public void Raise()
    {
        try
        {
            raised.Release();
        }
        catch (SemaphoreFullException)
        {
            // Already raised; one pass covers every change since.
        }
    }

    /// <returns>Whether the signal was raised within <paramref name="timeout"/>.</returns>
    public Task<bool> WaitAsync(TimeSpan timeout, CancellationToken cancellationToken) => raised.WaitAsync(timeout, cancellationToken);
}
