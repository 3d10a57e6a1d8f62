using System.Text.Json;
using StackExchange.Redis;

namespace Microsoft.Extensions.Hosting;

/// <summary>
/// Messages a service has promised to publish, kept in a Redis stream of its own until the broker confirms
/// them. Written with the change it announces (in the same script where it can be), so that nothing is lost
/// while the broker is down, and the service keeps answering.
/// </summary>
public sealed class Outbox(IConnectionMultiplexer redis, OutboxStream stream, OutboxSignal signal)
{
    public const string Group = "dispatchers";

    private IDatabase Db => redis.GetDatabase();

    /// <summary>The fields of an entry, in the order a script that writes one itself must use.</summary>
    public static OutboxEntry Entry(object message) => new(
        Guid.NewGuid(), message.GetType().Name, JsonSerializer.Serialize(message, message.GetType()), System.Diagnostics.Activity.Current?.Id ?? "");

    public async Task AddAsync(object message)
    {
        var entry = Entry(message);
        await Db.StreamAddAsync(stream.Key,
        [
            new("messageId", entry.MessageId.ToString()), new("type", entry.Type), new("body", entry.Body), new("traceParent", entry.TraceParent),
        ]);
        signal.Raise();
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

    private PendingMessage Read(StreamEntry entry)
    {
        var type = stream.MessageTypes[(string)entry["type"]!];
        return new PendingMessage(
            entry.Id,
            Guid.Parse((string)entry["messageId"]!),
            JsonSerializer.Deserialize((string)entry["body"]!, type)!,
            type,
            (string?)entry["traceParent"]);
    }
}

/// <summary>Where a service keeps its outbox, and the message types it can hold, by name.</summary>
public sealed record OutboxStream(string Key, IReadOnlyDictionary<string, Type> MessageTypes, string ActivitySourceName);

public sealed record OutboxEntry(Guid MessageId, string Type, string Body, string TraceParent);

public sealed record PendingMessage(RedisValue EntryId, Guid MessageId, object Message, Type Type, string? TraceParent);
