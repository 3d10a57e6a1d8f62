using System.Text.Json;
using StackExchange.Redis;
using Ukc.Contracts;
using Ukc.Staffing.Domain;

namespace Ukc.Staffing.Infrastructure;

/// <summary>
/// The alerts in force. Every source of alerts, the HTTP endpoint and any <see cref="IRegionalAlertFeed"/>,
/// reports changes here; each start and end is stored together with its <see cref="RegionalAlertChanged"/>
/// in the outbox, by one script: both or neither.
/// </summary>
public sealed class RegionalAlerts(IConnectionMultiplexer redis, Outbox outbox, TimeProvider time, ILogger<RegionalAlerts> logger)
{
    private static readonly string ChangeScript = EmbeddedScript.Read(typeof(RegionalAlerts).Assembly, "change-alerts.lua");

    private IDatabase Db => redis.GetDatabase();

    public async Task<IReadOnlyList<RegionalAlert>> ActiveAsync()
    {
        var entries = await Db.HashValuesAsync(RedisKeys.Alerts);
        return [.. entries.Select(e => JsonSerializer.Deserialize<RegionalAlert>(e!.ToString(), UkcJson.Options)!).OrderBy(a => a.StartedAt)];
    }

    /// <summary>Applies a change that <see cref="AlertChange.Validate"/> accepted; returns what was published.</summary>
    public async Task<IReadOnlyList<RegionalAlertChanged>> ApplyAsync(AlertChange change, string source)
    {
        var now = time.GetUtcNow();
        if (change.Active)
        {
            // A source that repeats a start it already reported (same id) changes nothing.
            return await ChangeAsync(null, now, new RegionalAlert(change.AlertId ?? Guid.NewGuid(), change.Kind!, [.. change.Regions!.Distinct()], now, source));
        }

        var published = new List<RegionalAlertChanged>();
        foreach (var alert in await ActiveAsync())
        {
            var ends = change.AlertId is { } id
                ? alert.Id == id
                : alert.Kind == change.Kind && alert.Regions.Intersect(change.Regions!).Any();
            if (ends)
            {
                // The oblasts the end did not name stay under alert, as an alert of their own.
                var remaining = change.AlertId is null ? alert.Regions.Except(change.Regions!).ToList() : [];
                var rest = remaining.Count > 0 ? alert with { Id = Guid.NewGuid(), Regions = remaining, StartedAt = now } : null;
                published.AddRange(await ChangeAsync(alert, now, rest));
            }
        }

        return published;
    }

    /// <summary>
    /// Ends <paramref name="ended"/> if it is still in force and starts <paramref name="started"/> if it is not yet,
    /// with their messages, in one step; the messages, or none when it changed nothing.
    /// </summary>
    private async Task<IReadOnlyList<RegionalAlertChanged>> ChangeAsync(RegionalAlert? ended, DateTimeOffset now, RegionalAlert? started)
    {
        var end = ended?.Ended(now);
        var start = started?.Started();
        RedisValue[] args =
        [
            nameof(RegionalAlertChanged), Outbox.Origin,
            ended?.Id.ToString() ?? "", end is null ? "" : Outbox.Entry(end).Body,
            started?.Id.ToString() ?? "", started is null ? "" : JsonSerializer.Serialize(started, UkcJson.Options), start is null ? "" : Outbox.Entry(start).Body,
        ];
        if ((int)await Db.ScriptEvaluateAsync(ChangeScript, [RedisKeys.Alerts, RedisKeys.Outbox], args) == 0)
        {
            return [];
        }

        outbox.Written();
        RegionalAlertChanged[] messages = [.. new[] { end, start }.OfType<RegionalAlertChanged>()];
        foreach (var message in messages)
        {
            logger.LogInformation("Alert {AlertId} ({Kind}) {Change} in {Regions}", message.AlertId, message.Kind, message.Active ? "began" : "ended", message.Regions);
        }

        return messages;
    }
}
