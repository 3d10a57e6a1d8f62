using System.Text.Json;
using StackExchange.Redis;
using Ukc.Contracts;
using Ukc.Staffing.Domain;

namespace Ukc.Staffing.Infrastructure;

/// <summary>
/// The alerts in force. Every source of alerts, the HTTP endpoint and any <see cref="IRegionalAlertFeed"/>,
/// reports changes here; each start and end is stored, then published as <see cref="RegionalAlertChanged"/>.
/// </summary>
public sealed class RegionalAlerts(IConnectionMultiplexer redis, Outbox outbox, TimeProvider time, ILogger<RegionalAlerts> logger)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    private IDatabase Db => redis.GetDatabase();

    public async Task<IReadOnlyList<RegionalAlert>> ActiveAsync()
    {
        var entries = await Db.HashValuesAsync(RedisKeys.Alerts);
        return [.. entries.Select(e => JsonSerializer.Deserialize<RegionalAlert>(e!.ToString(), Json)!).OrderBy(a => a.StartedAt)];
    }

    /// <summary>
    /// Applies a change that <see cref="AlertChange.Validate"/> accepted; returns what was published. Each step
    /// is undone when its message cannot be published, so a retried request does it again.
    /// </summary>
    public async Task<IReadOnlyList<RegionalAlertChanged>> ApplyAsync(AlertChange change, string source)
    {
        var now = time.GetUtcNow();
        var published = new List<RegionalAlertChanged>();
        if (change.Active)
        {
            var alert = new RegionalAlert(change.AlertId ?? Guid.NewGuid(), change.Kind!, [.. change.Regions!.Distinct()], now, source);
            // A source that repeats a start it already reported (same id) changes nothing.
            if (await StoreAsync(alert))
            {
                await PublishOrUndoAsync(alert.Started(), () => Db.HashDeleteAsync(RedisKeys.Alerts, alert.Id.ToString()));
                published.Add(alert.Started());
            }

            return published;
        }

        foreach (var alert in await ActiveAsync())
        {
            var ends = change.AlertId is { } id
                ? alert.Id == id
                : alert.Kind == change.Kind && alert.Regions.Intersect(change.Regions!).Any();
            if (!ends || !await Db.HashDeleteAsync(RedisKeys.Alerts, alert.Id.ToString()))
            {
                continue;
            }

            // The oblasts the end did not name stay under alert, as an alert of their own.
            var remaining = change.AlertId is null ? alert.Regions.Except(change.Regions!).ToList() : [];
            var rest = remaining.Count > 0 ? alert with { Id = Guid.NewGuid(), Regions = remaining, StartedAt = now } : null;
            if (rest is not null)
            {
                await StoreAsync(rest);
            }

            await PublishOrUndoAsync(alert.Ended(now), async () =>
            {
                await StoreAsync(alert);
                if (rest is not null)
                {
                    await Db.HashDeleteAsync(RedisKeys.Alerts, rest.Id.ToString());
                }
            });
            published.Add(alert.Ended(now));

            if (rest is not null)
            {
                // The end is out; should this start fail, the oblasts left are not under alert, and saying so again starts them.
                await PublishOrUndoAsync(rest.Started(), () => Db.HashDeleteAsync(RedisKeys.Alerts, rest.Id.ToString()));
                published.Add(rest.Started());
            }
        }

        return published;
    }

    private Task<bool> StoreAsync(RegionalAlert alert) =>
        Db.HashSetAsync(RedisKeys.Alerts, alert.Id.ToString(), JsonSerializer.Serialize(alert, Json), When.NotExists);

    private async Task PublishOrUndoAsync(RegionalAlertChanged message, Func<Task> undo)
    {
        try
        {
            await outbox.AddAsync(message);
            logger.LogInformation("Alert {AlertId} ({Kind}) {Change} in {Regions}", message.AlertId, message.Kind, message.Active ? "began" : "ended", message.Regions);
        }
        catch
        {
            await undo();
            throw;
        }
    }
}
