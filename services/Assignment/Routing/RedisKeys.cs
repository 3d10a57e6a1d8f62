using StackExchange.Redis;

namespace Ukc.Assignment.Routing;

/// <summary>
/// Every Redis key Assignment uses. The prefix is a hash tag, so on Redis Cluster all of routing lives in
/// one slot: one routing step reads the queues' heads and the free operators and changes an appeal, an
/// operator and the outbox at once, and a script may only touch keys of one slot. The routing scripts
/// build the keys they find inside a step (a queue, a free operator) from <see cref="Prefix"/> in
/// routing.lua; the two lists change together.
/// </summary>
internal static class RedisKeys
{
    public const string Prefix = "{assignment}:";

    /// <summary>The names of all queues that exist.</summary>
    public const string Queues = Prefix + "queues";

    /// <summary>Appeals offered to an operator, by when the offer lapses.</summary>
    public const string Offers = Prefix + "offers";

    /// <summary>Operators who should be sending heartbeats, by their last one.</summary>
    public const string Heartbeats = Prefix + "heartbeats";

    /// <summary>Operators in wrap-up, by when it ends.</summary>
    public const string WrapUps = Prefix + "wrapups";

    /// <summary>Free operators, by the time they became idle.</summary>
    public const string Available = Prefix + "available";

    /// <summary>Operators at work: available, busy or in wrap-up.</summary>
    public const string Working = Prefix + "working";

    /// <summary>The operator ids on the roster.</summary>
    public const string Operators = Prefix + "operators";

    /// <summary>Phone appeals to call back, by when the window opens.</summary>
    public const string Callbacks = Prefix + "callbacks";

    /// <summary>The last handle times in milliseconds, newest first.</summary>
    public const string HandleTimes = Prefix + "handle-times";

    /// <summary>Routing's events until the broker has confirmed them; written by the step that made the change.</summary>
    public const string Outbox = Prefix + "outbox";

    /// <summary>The keys every routing script is given first, in the order routing.lua names them.</summary>
    public static readonly RedisKey[] Shared =
        [Queues, Offers, Heartbeats, WrapUps, Available, Working, Operators, Callbacks, HandleTimes, Outbox];

    public static string Queue(string name) => $"{Prefix}queue:{name}";

    public static string Appeal(Guid id) => Appeal(id.ToString("N"));

    /// <param name="id">The appeal id as the routing scripts write it, without dashes.</param>
    public static string Appeal(string id) => $"{Prefix}appeal:{id}";

    public static string Operator(string id) => $"{Prefix}operator:{id}";

    public static string OperatorSkills(string id) => $"{Prefix}operator:{id}:skills";

    public static string Skill(string skill) => $"{Prefix}skill:{skill}";

    /// <summary>Marks an alert that has ended, so that its start arriving late shelters nobody.</summary>
    public static string AlertEnded(Guid alertId) => $"{Prefix}alert:{alertId:N}:ended";

    /// <summary>The pub/sub channel that carries what happens to one operator to whichever replica holds their stream.</summary>
    public static string OperatorFeed(string id) => $"{Prefix}feed:{id}";
}
