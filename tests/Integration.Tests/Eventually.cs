namespace Integration.Tests;

/// <summary>Waits for a state of the running system, checking it until it holds or the time is up.</summary>
public static class Eventually
{
    public static async Task<T> HoldsAsync<T>(Func<Task<T>> read, Func<T, bool> condition, TimeSpan? timeout = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(30));
        var value = await read();
        while (!condition(value))
        {
            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"The system did not reach the expected state; last seen: {value}");
            }

            await Task.Delay(TimeSpan.FromMilliseconds(100));
            value = await read();
        }

        return value;
    }
}
