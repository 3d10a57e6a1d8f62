using System.Reflection;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using StackExchange.Redis;
using Ukc.ServiceDefaults.Auth;

namespace Ukc.ServiceDefaults.Messaging;

/// <summary>
/// Messages a service has promised to publish, kept in a Redis stream of its own until the broker confirms
/// them. Each entry is written by the same Lua script, in the same atomic step, as the change it announces,
/// so that nothing is lost while the broker is down or the service dies between the two, and the service
/// keeps answering. An entry has the fields <c>type</c> (the message record's name), <c>body</c> (its JSON)
/// and those of its <see cref="Origin"/>; its message id is derived from the entry's id, so a republished entry keeps it.
/// </summary>
public sealed class Outbox(IConnectionMultiplexer redis, OutboxStream stream, OutboxSignal signal)
{
    public const string Group = "dispatchers";

    /// <summary>The message header naming the supervisor or admin whose action the message announces.</summary>
    public const string ActorHeader = "Ukc-Actor";

    private IDatabase Db => redis.GetDatabase();

    /// <summary>The fields of an entry for a script to write: <c>XADD key * type T body B unpack(cjson.decode(origin))</c>.</summary>
    public static OutboxEntry Entry(object message) =>
        new(message.GetType().Name, JsonSerializer.Serialize(message, message.GetType(), UkcJson.Options), Origin);

    /// <summary>
    /// Where a script's entries come from, as the field-value pairs (a JSON array) it appends to each: the trace of the
    /// request or message being handled, and in a supervisor's or admin's request who they are (<see cref="ActingStaff"/>).
    /// </summary>
    public static string Origin => JsonSerializer.Serialize(OriginFields());

    private static string[] OriginFields()
    {
        var traceParent = System.Diagnostics.Activity.Current?.Id ?? "";
        return ActingStaff.Name is { } actor ? ["traceParent", traceParent, "actor", actor] : ["traceParent", traceParent];
    }

    /// <summary>Wakes the dispatcher after a script wrote entries, so they are published at once.</summary>
    public void Written() => signal.Raise();

    /// <summary>Adds a message that is the whole change: nothing else is stored with it, so one write is the atomic step.</summary>
    public async Task AddAsync(object message)
    {
        var entry = Entry(message);
        NameValueEntry[] fields =
        [
            new("type", entry.Type), new("body", entry.Body),
            .. OriginFields().Chunk(2).Select(pair => new NameValueEntry(pair[0], pair[1])),
        ];
        await Db.StreamAddAsync(stream.Key, fields);
        Written();
    }

    public async Task EnsureGroupAsync()
    {
        try
        {
            await Db.StreamCreateConsumerGroupAsync(stream.Key, Group, StreamPosition.Beginning, createStream: true);
        }
        catch (RedisServerException exception) when (exception.Message.StartsWith("BUSYGROUP", StringComparison.Ordinal))
        {
            // Another dispatcher, or an earlier run, made the group.
        }
    }

    /// <summary>
    /// The next entries for this dispatcher: first those it read and did not finish, then those another
    /// dispatcher left unfinished for <paramref name="abandonedAfter"/>, then new ones — oldest first.
    /// </summary>
    public async Task<IReadOnlyList<PendingMessage>> NextAsync(string dispatcher, TimeSpan abandonedAfter, int count)
    {
        var entries = await Db.StreamReadGroupAsync(stream.Key, Group, dispatcher, "0", count);
        if (entries.Length == 0)
        {
            var claimed = await Db.StreamAutoClaimAsync(stream.Key, Group, dispatcher, (long)abandonedAfter.TotalMilliseconds, "0-0", count);
            entries = claimed.ClaimedEntries;
        }

        if (entries.Length == 0)
        {
            entries = await Db.StreamReadGroupAsync(stream.Key, Group, dispatcher, StreamPosition.NewMessages, count);
        }

        return [.. entries.Where(e => !e.IsNull).Select(Read)];
    }

    public async Task DoneAsync(RedisValue[] entryIds)
    {
        await Db.StreamAcknowledgeAsync(stream.Key, Group, entryIds);
        await Db.StreamDeleteAsync(stream.Key, entryIds);
    }

    public Task<long> LengthAsync() => Db.StreamLengthAsync(stream.Key);

    /// <summary>The same entry always gets the same message id, however often it is published.</summary>
    private Guid MessageId(RedisValue entryId) => new(MD5.HashData(Encoding.UTF8.GetBytes($"{stream.Key}/{entryId}")));

    private PendingMessage Read(StreamEntry entry)
    {
        var type = stream.MessageTypes[(string)entry["type"]!];
        return new PendingMessage(entry.Id, new OutgoingMessage(
            MessageId(entry.Id),
            JsonSerializer.Deserialize((string)entry["body"]!, type, UkcJson.Options)!,
            type,
            (string?)entry["traceParent"],
            (string?)entry["actor"]));
    }
}

/// <summary>Where a service keeps its outbox, and the message types it can hold, by name.</summary>
public sealed record OutboxStream(string Key, IReadOnlyDictionary<string, Type> MessageTypes, string ActivitySourceName)
{
    /// <summary>An outbox in the stream <paramref name="key"/> for the message records of <paramref name="contracts"/>.</summary>
    public static OutboxStream For(string key, Assembly contracts, string activitySourceName) => new(key, MessageTypesOf(contracts), activitySourceName);

    /// <summary>The message records of <paramref name="contracts"/> by name, as entries name them.</summary>
    public static IReadOnlyDictionary<string, Type> MessageTypesOf(Assembly contracts) =>
        contracts.GetExportedTypes().Where(type => type.IsClass && !type.IsAbstract).ToDictionary(type => type.Name);
}

public sealed record OutboxEntry(string Type, string Body, string Origin);

public sealed record PendingMessage(RedisValue EntryId, OutgoingMessage Outgoing);
