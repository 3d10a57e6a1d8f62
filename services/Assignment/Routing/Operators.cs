using Microsoft.Extensions.Options;
using StackExchange.Redis;
using Ukc.Contracts;

namespace Ukc.Assignment.Routing;

/// <summary>The operators as routing knows them: their skills and region from the roster, and their presence.</summary>
public sealed class Operators(IConnectionMultiplexer redis, RoutingScripts scripts, IOptions<AssignmentOptions> settings)
{
    private readonly AssignmentOptions options = settings.Value;

    private IDatabase Db => redis.GetDatabase();

    public Task<IReadOnlyList<RoutingChange>> FollowRosterAsync(OperatorRosterChanged change) =>
        scripts.RunAsync(
            RoutingScripts.Roster,
            [RedisKeys.Operator(change.OperatorId)],
            [change.OperatorId, change.Name, change.Region, change.ShelteredWorkplace ? "1" : "0", change.Removed ? "1" : "0",
                UnixMicroseconds(change.ChangedAt), .. change.Skills.Select(s => (RedisValue)s.Skill)]);

    /// <summary>The operator sets their own presence; the request is also a sign of life.</summary>
    public Task<IReadOnlyList<RoutingChange>> SetOwnPresenceAsync(string operatorId, string presence) =>
        SetPresenceAsync(operatorId, presence, reason: "operator", alive: true);

    /// <param name="onlyFrom">Changes nothing unless the operator is in this presence now.</param>
    /// <param name="silentSince">Changes nothing unless the operator's last heartbeat is older than this (Unix ms).</param>
    /// <param name="alive">The operator asked for it, which also counts as a heartbeat.</param>
    public Task<IReadOnlyList<RoutingChange>> SetPresenceAsync(
        string operatorId, string presence, string reason, string? onlyFrom = null, long? silentSince = null, bool alive = false) =>
        scripts.RunAsync(
            RoutingScripts.Presence,
            [RedisKeys.Operator(operatorId)],
            operatorId, presence, reason, onlyFrom ?? "", silentSince is { } since ? (RedisValue)since : "", alive ? "1" : "0");

    public Task<IReadOnlyList<RoutingChange>> HeartbeatAsync(string operatorId) =>
        scripts.RunAsync(RoutingScripts.Heartbeat, [RedisKeys.Operator(operatorId)], operatorId);

    /// <summary>Operators whose heartbeats stopped go offline, and what they held goes back to the queues.</summary>
    public async Task<IReadOnlyList<RoutingChange>> DropSilentAsync(int atMost = 100)
    {
        var staleBefore = scripts.Now - (long)options.HeartbeatTimeout.TotalMilliseconds;
        var silent = await Db.SortedSetRangeByScoreAsync(RedisKeys.Heartbeats, double.NegativeInfinity, staleBefore, Exclude.Stop, take: atMost);
        var changes = new List<RoutingChange>();
        foreach (var id in silent)
        {
            changes.AddRange(await SetPresenceAsync(id!, Presence.Offline, reason: "heartbeat_lost", silentSince: staleBefore));
        }

        return changes;
    }

    public async Task<IReadOnlyList<RoutingChange>> EndWrapUpsAsync(int atMost = 100)
    {
        var done = await Db.SortedSetRangeByScoreAsync(RedisKeys.WrapUps, double.NegativeInfinity, scripts.Now, take: atMost);
        var changes = new List<RoutingChange>();
        foreach (var id in done)
        {
            changes.AddRange(await SetPresenceAsync(id!, Presence.Available, reason: "wrap_up_ended", onlyFrom: Presence.WrapUp));
        }

        return changes;
    }

    public Task<IReadOnlyList<RoutingChange>> ApplyAlertAsync(RegionalAlertChanged alert) =>
        scripts.RunAsync(
            RoutingScripts.Alert,
            [RedisKeys.AlertEnded(alert.AlertId)],
            [alert.AlertId.ToString("N"), alert.Active ? "1" : "0", .. alert.Regions.Select(r => (RedisValue)r)]);

    /// <summary>Finer than milliseconds, so that two roster changes made within one keep their order; exact in a Lua number.</summary>
    private static long UnixMicroseconds(DateTimeOffset time) => (time - DateTimeOffset.UnixEpoch).Ticks / 10;

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
        var presence = fields.Text("presence") ?? Presence.Offline;
        var since = fields.Time("since");
        return new OperatorState(
            id, fields.Text("name") ?? id, fields.Text("region"), fields.Text("sheltered") == "1", presence, since,
            skills, fields.Text("offer") is { } offer ? Guid.Parse(offer) : null, fields.Text("appeal") is { } appeal ? Guid.Parse(appeal) : null,
            presence == Presence.WrapUp ? since + options.WrapUp : null);
    }
}
