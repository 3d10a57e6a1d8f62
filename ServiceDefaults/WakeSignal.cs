namespace Ukc.ServiceDefaults;

/// <summary>
/// Wakes a background loop as soon as there is work for it, rather than at its next timed look. Raising it
/// again before the loop wakes changes nothing: one pass covers everything since.
/// </summary>
public class WakeSignal
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
            // Already raised.
        }
    }

    /// <returns>Whether the signal was raised within <paramref name="timeout"/>.</returns>
    public Task<bool> WaitAsync(TimeSpan timeout, CancellationToken cancellationToken) => raised.WaitAsync(timeout, cancellationToken);
}
