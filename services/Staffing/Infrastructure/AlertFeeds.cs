namespace Ukc.Staffing.Infrastructure;

/// <summary>Runs every registered alert feed, restarting one that fails after a pause.</summary>
public sealed class AlertFeeds(IEnumerable<IRegionalAlertFeed> feeds, RegionalAlerts alerts, ILogger<AlertFeeds> logger, TimeProvider time)
    : BackgroundService
{
    private static readonly TimeSpan RestartAfter = TimeSpan.FromSeconds(10);

    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        Task.WhenAll(feeds.Select(feed => FollowAsync(feed, stoppingToken)));

    private async Task FollowAsync(IRegionalAlertFeed feed, CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await feed.FollowAsync(alerts, stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
#pragma warning disable CA1031 // a feed that fails is restarted, whatever the failure
            catch (Exception exception)
#pragma warning restore CA1031
            {
                logger.LogWarning(exception, "Alert feed {Feed} failed; restarting in {Delay}", feed.Name, RestartAfter);
            }

            await Task.Delay(RestartAfter, time, stoppingToken).ContinueWith(_ => { }, TaskScheduler.Default);
        }
    }
}
