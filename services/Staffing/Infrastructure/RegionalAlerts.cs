using System.Text.Json;
using MassTransit;
using StackExchange.Redis;
using Ukc.Contracts;
using Ukc.Staffing.Domain;

namespace Ukc.Staffing.Infrastructure;

/// <summary>
/// The alerts in force. Every source of alerts, the HTTP endpoint and any <see cref="IRegionalAlertFeed"/>,
/// reports changes here; each start and end is stored, then published as <see cref="RegionalAlertChanged"/>.
/// </summary>
public sealed class RegionalAlerts(IConnectionMultiplexer redis, IBus bus, TimeProvider time)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    private IDatabase Db => redis.GetDatabase();

    public async Task<IReadOnlyList<RegionalAlert>> ActiveAsync()
    {
        var entries = await Db.HashValuesAsync(RedisKeys.Alerts);
        return [.. entries.Select(e => JsonSerializer.Deserialize<RegionalAlert>(e!.ToString(), Json)!).OrderBy(a => a.StartedAt)];
    }

    /// <summary>Applies a change that <see cref="AlertChange.Validate"/> accepted; returns what was published.</summary>
    public async Task<IReadOnlyList<RegionalAlertChanged>> ApplyAsync(AlertChange change, string source, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var published = new List<RegionalAlertChanged>();
        if (change.Active)
        {
            var alert = new RegionalAlert(change.AlertId ?? Guid.NewGuid(), change.Kind!, [.. change.Regions!.Distinct()], now, source);
            // A source that repeats a start it already reported (same id) changes nothing.
            if (await Db.HashSetAsync(RedisKeys.Alerts, alert.Id.ToString(), JsonSerializer.Serialize(alert, Json), When.NotExists))
            {
                published.Add(alert.Started());
            }
        }
        else
        {
            foreach (var alert in await ActiveAsync())
            {
                var ends = change.AlertId is { } id
                    ? alert.Id == id
                    : alert.Kind == change.Kind && alert.Regions.Intersect(change.Regions!).Any();
                if (!ends || !await Db.HashDeleteAsync(RedisKeys.Alerts, alert.Id.ToString()))
                {
                    continue;
                }

                published.Add(alert.Ended(now));
                // The oblasts the end did not name stay under alert, as an alert of their own.
                var remaining = change.AlertId is null ? alert.Regions.Except(change.Regions!).ToList() : [];
                if (remaining.Count > 0)
                {
                    var rest = alert with { Id = Guid.NewGuid(), Regions = remaining, StartedAt = now };
                    await Db.HashSetAsync(RedisKeys.Alerts, rest.Id.ToString(), JsonSerializer.Serialize(rest, Json));
                    published.Add(rest.Started());
                }
            }
        }

        foreach (var message in published)
        {
            await bus.Publish(message, cancellationToken);
        }

        return published;
    }
}
