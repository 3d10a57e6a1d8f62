using System.Text.Json;
using StackExchange.Redis;
using Ukc.Contracts;

namespace Ukc.Assignment.Routing;

/// <summary>
/// Runs the routing scripts: each is one atomic step in Redis that makes its change, writes the events that
/// announce it to the outbox and tells the operators concerned, so any number of Assignment replicas can route
/// together without ever giving one appeal to two operators, and no crash can keep a change from being announced.
/// </summary>
public sealed class RoutingScripts(IConnectionMultiplexer redis, TimeProvider time, Outbox outbox, RoutingSignal signal)
{
    private static readonly string Common = Vocabulary() + "\n" + Read("routing.lua");

    internal static readonly string Enqueue = Script("enqueue.lua");
    internal static readonly string Match = Script("match.lua");
    internal static readonly string Accept = Script("accept.lua");
    internal static readonly string Pass = Script("pass.lua");
    internal static readonly string Resolve = Script("resolve.lua");
    internal static readonly string Abandon = Script("abandon.lua");
    internal static readonly string Callbacks = Script("callbacks.lua");
    internal static readonly string Presence = Script("presence.lua");
    internal static readonly string Heartbeat = Script("heartbeat.lua");
    internal static readonly string Alert = Script("alert.lua");
    internal static readonly string Roster = Script("roster.lua");
    internal static readonly string TakeBack = Script("take-back.lua");
    internal static readonly string Reassign = Script("reassign.lua");

    public long Now => time.GetUtcNow().ToUnixTimeMilliseconds();

    /// <param name="keys">The script's own keys, after the ones every script is given (<see cref="RedisKeys.Shared"/>).</param>
    internal async Task<IReadOnlyList<RoutingChange>> RunAsync(string script, RedisKey[] keys, params RedisValue[] arguments)
    {
        RedisValue[] values = [RedisKeys.Prefix, Now, Outbox.Origin, .. arguments];
        var result = await redis.GetDatabase().ScriptEvaluateAsync(script, [.. RedisKeys.Shared, .. keys], values);
        var changes = JsonSerializer.Deserialize<RoutingChange[]>((string)result!, UkcJson.Options)!;
        if (changes.Any(c => c.Kind != RoutingChangeKind.Refused))
        {
            // Its events are to be published, and any change may make a match possible.
            outbox.Written();
            signal.Raise();
        }

        return changes;
    }

    /// <summary>The names the scripts share with the rest of UKC, from the one place they are defined.</summary>
    private static string Vocabulary() => string.Join("\n", new (string Name, string Value)[]
    {
        ("AVAILABLE", Contracts.Presence.Available), ("BUSY", Contracts.Presence.Busy), ("WRAP_UP", Contracts.Presence.WrapUp),
        ("BREAK", Contracts.Presence.Break), ("OFFLINE", Contracts.Presence.Offline), ("SHELTER", Contracts.Presence.Shelter),
        ("QUEUED", AppealStatuses.Queued), ("CALLBACK_SCHEDULED", AppealStatuses.CallbackScheduled), ("OFFERED", AppealStatuses.Offered),
        ("ASSIGNED", AppealStatuses.Assigned), ("RESOLVED", AppealStatuses.Resolved), ("ABANDONED", AppealStatuses.Abandoned),
        ("NOTICE_OFFER", OperatorNotice.Offer), ("NOTICE_OFFER_WITHDRAWN", OperatorNotice.OfferWithdrawn),
        ("NOTICE_ASSIGNED", OperatorNotice.Assigned), ("NOTICE_PRESENCE", OperatorNotice.PresenceChanged),
        (nameof(AppealQueued), nameof(AppealQueued)), (nameof(CallbackScheduled), nameof(CallbackScheduled)),
        (nameof(AppealOffered), nameof(AppealOffered)), (nameof(AppealAssigned), nameof(AppealAssigned)),
        (nameof(OfferDeclined), nameof(OfferDeclined)), (nameof(OfferTimedOut), nameof(OfferTimedOut)),
        (nameof(AppealRequeued), nameof(AppealRequeued)), (nameof(OperatorPresenceChanged), nameof(OperatorPresenceChanged)),
        (nameof(AppealResolved), nameof(AppealResolved)), (nameof(CategoryCorrected), nameof(CategoryCorrected)),
    }.Select(name => $"local {name.Name} = '{name.Value}'"));

    private static string Script(string fileName) => Common + "\n" + Read(fileName);

    private static string Read(string fileName) => EmbeddedScript.Read(typeof(RoutingScripts).Assembly, fileName);
}
