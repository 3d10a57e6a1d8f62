namespace Ukc.Staffing.Infrastructure;

/// <summary>
/// A source of air-raid and power-outage alerts beyond the supervisors' HTTP endpoint: an adapter that follows
/// an external alert service and reports each change to <see cref="RegionalAlerts"/>, as the endpoint does.
/// Register one with <c>services.AddSingleton&lt;IRegionalAlertFeed, MyFeed&gt;()</c>; <see cref="AlertFeeds"/> runs it.
/// </summary>
public interface IRegionalAlertFeed
{
    /// <summary>The source name recorded on the alerts this feed reports.</summary>
    string Name { get; }

    /// <summary>Follows the feed until stopped, calling <see cref="RegionalAlerts.ApplyAsync"/> for each change.</summary>
    Task FollowAsync(RegionalAlerts alerts, CancellationToken cancellationToken);
}
