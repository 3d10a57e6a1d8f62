using Npgsql;

namespace Ukc.Reporting.Ingest;

/// <summary>Counts the stale quarters again every second, apart from the writes that marked them.</summary>
public sealed class QuarterRefresher(EventHistory history, TimeProvider time, ILogger<QuarterRefresher> logger) : BackgroundService
{
    private static readonly TimeSpan Pause = TimeSpan.FromSeconds(1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await history.RefreshQuartersAsync(stoppingToken);
            }
            catch (NpgsqlException exception) when (exception.IsTransient && !stoppingToken.IsCancellationRequested)
            {
                // Until it succeeds, reports count the stale quarters from the appeal rows.
                logger.LogWarning(exception, "PostgreSQL is not answering; the stale quarters are counted again in {Pause}", Pause);
            }

            await Task.Delay(Pause, time, stoppingToken);
        }
    }
}
