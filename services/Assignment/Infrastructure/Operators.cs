using StackExchange.Redis;
using Ukc.Assignment.Domain;
using Ukc.Contracts;

namespace Ukc.Assignment.Infrastructure;

/// <summary>The operators as routing knows them: their skills and region from the roster, and their presence.</summary>
public sealed class Operators(IConnectionMultiplexer redis, RoutingScripts scripts, RoutingOptions options)
{
    private IDatabase Db => redis.GetDatabase();

    public Task<IReadOnlyList<RoutingChange>> FollowRosterAsync(OperatorRosterChanged change) =>
        scripts.RunAsync(
            RoutingScripts.Roster,
            [change.OperatorId, change.Name, change.Region, change.ShelteredWorkplace ? "1" : "0", change.Removed ? "1" : "0",
                change.ChangedAt.ToUnixTimeMilliseconds(), .. change.Skills.Select(s => (RedisValue)s.Skill)]);

    /// <summary>The operator sets their own presence; the request is also a sign of life.</summary>
    public Task<IReadOnlyList<RoutingChange>> SetPresenceAsync(string operatorId, string presence) =>
        scripts.RunAsync(RoutingScripts.Presence, operatorId, presence, "operator", "", "", "1");

    public Task<IReadOnlyList<RoutingChange>> HeartbeatAsync(string operatorId) =>
        scripts.RunAsync(RoutingScripts.Heartbeat, operatorId);

    /// <summary>Operators whose heartbeats stopped go offline, and what they held goes back to the queues.</summary>
    public async Task<IReadOnlyList<RoutingChange>> DropSilentAsync()
    {
        var staleBefore = scripts.Now - (long)options.HeartbeatTimeout.TotalMilliseconds;
        var silent = await Db.SortedSetRangeByScoreAsync(RedisKeys.Heartbeats, double.NegativeInfinity, staleBefore, Exclude.Stop, take: 100);
        var changes = new List<RoutingChange>();
        foreach (var id in silent)
        {
            changes.AddRange(await scripts.RunAsync(RoutingScripts.Presence, id, Presence.Offline, "heartbeat_lost", "", staleBefore, "0"));
        }

        return changes;
    }

    public async Task<IReadOnlyList<RoutingChange>> EndWrapUpsAsync()
    {
        var done = await Db.SortedSetRangeByScoreAsync(RedisKeys.WrapUps, double.NegativeInfinity, scripts.Now, take: 100);
        var changes = new List<RoutingChange>();
        foreach (var id in done)
        {
            changes.AddRange(await scripts.RunAsync(RoutingScripts.Presence, id, Presence.Available, "wrap_up_ended", Presence.WrapUp, "", "0"));
        }

        return changes;
    }

    public Task<IReadOnlyList<RoutingChange>> ApplyAlertAsync(RegionalAlertChanged alert) =>
        scripts.RunAsync(
            RoutingScripts.Alert,
            [alert.AlertId.ToString("N"), alert.Active ? "1" : "0", .. alert.Regions.Select(r => (RedisValue)r)]);

    public async Task<IReadOnlyList<OperatorState>> ListAsync()
    {
        var ids = (await Db.SetMembersAsync(RedisKeys.Operators)).Select(i => i.ToString()).Order(StringComparer.Ordinal);
        var states = await Task.WhenAll(ids.Select(FindAsync));
        return [.. states.OfType<OperatorState>()];
    }

    public async Task<OperatorState?> FindAsync(string id)
    {
        var fields = new HashFields(await Db.HashGetAllAsync(RedisKeys.Operator(id)));
        if (fields.IsEmpty || fields.Text("removed") == "1")
        {
            return null;
        }

        var skills = (await Db.SetMembersAsync(RedisKeys.OperatorSkills(id))).Select(s => s.ToString()).Order(StringComparer.Ordinal).ToList();
        return new OperatorState(
            id, fields.Text("name") ?? id, fields.Text("region"), fields.Text("sheltered") == "1", fields.Text("presence") ?? Presence.Offline,
            fields.Time("since"),
            skills, fields.Text("offer") is { } offer ? Guid.Parse(offer) : null, fields.Text("appeal") is { } appeal ? Guid.Parse(appeal) : null);
    }
}

public sealed record OperatorState(
    string OperatorId,
    string Name,
    string? Region,
    bool ShelteredWorkplace,
    string Presence,
    DateTimeOffset? Since,
    IReadOnlyList<string> Skills,
    Guid? OfferedAppeal,
    Guid? AssignedAppeal);
