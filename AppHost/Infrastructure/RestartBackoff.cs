namespace Ukc.AppHost.Infrastructure;

/// <summary>
/// How long a process that died waits before it is started again: twice as long after each death in a row, up to a
/// cap, so that a process that cannot stay up is not started in a tight loop; one that stayed up a while starts over.
/// </summary>
internal sealed class RestartBackoff
{
    public static readonly TimeSpan First = TimeSpan.FromSeconds(1);
    public static readonly TimeSpan Cap = TimeSpan.FromSeconds(30);

    /// <summary>A process up this long before it died is taken to have recovered from whatever killed it before.</summary>
    public static readonly TimeSpan StableAfter = TimeSpan.FromMinutes(1);

    private int deathsInARow;

    /// <param name="upFor">How long the process ran before it died.</param>
    public TimeSpan NextDelay(TimeSpan upFor)
    {
        if (upFor >= StableAfter)
        {
            deathsInARow = 0;
        }

        var delay = deathsInARow < 16 ? First * (1 << deathsInARow) : Cap;
        deathsInARow++;
        return delay < Cap ? delay : Cap;
    }
}
