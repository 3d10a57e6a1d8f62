using System.Text.Json;
using StackExchange.Redis;
using Ukc.Contracts;

namespace Ukc.Intake.Infrastructure;

/// <summary>
/// Messages Intake has promised to publish, kept in a Redis stream until the broker confirms them.
/// An entry is written in the same atomic step as the change it announces, so no accepted appeal
/// can be stored without its message, and none is lost while the broker is down.
/// </summary>
public sealed class Outbox(IConnectionMultiplexer redis)
{
    public const string Group = "dispatchers";

    private static readonly Dictionary<string, Type> MessageTypes = new[] { typeof(AppealReceived), typeof(AppealAbandoned) }
        .ToDictionary(type => type.Name);

    private IDatabase Db => redis.GetDatabase();

    /// <summary>The fields of an entry, in the order the accept script writes them.</summary>
    public static OutboxEntry Entry<T>(T message) where T : class => new(
        Guid.NewGuid(), typeof(T).Name, JsonSerializer.Serialize(message), System.Diagnostics.Activity.Current?.Id ?? "");

    public Task AddAsync<T>(T message) where T : class
    {
        var entry = Entry(message);
        return Db.StreamAddAsync(RedisKeys.Outbox,
        [
            new("messageId", entry.MessageId.ToString()), new("type", entry.Type), new("body", entry.Body), new("traceParent", entry.TraceParent),
        ]);
    }

    public async Task EnsureGroupAsync()
    {
        try
        {
            await Db.StreamCreateConsumerGroupAsync(RedisKeys.Outbox, Group, StreamPosition.Beginning, createStream: true);
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
        var entries = await Db.StreamReadGroupAsync(RedisKeys.Outbox, Group, dispatcher, "0", count);
        if (entries.Length == 0)
        {
            var claimed = await Db.StreamAutoClaimAsync(RedisKeys.Outbox, Group, dispatcher, (long)abandonedAfter.TotalMilliseconds, "0-0", count);
            entries = claimed.ClaimedEntries;
        }

        if (entries.Length == 0)
        {
            entries = await Db.StreamReadGroupAsync(RedisKeys.Outbox, Group, dispatcher, StreamPosition.NewMessages, count);
        }

        return [.. entries.Where(e => !e.IsNull).Select(Read)];
    }

    public async Task DoneAsync(RedisValue[] entryIds)
    {
        await Db.StreamAcknowledgeAsync(RedisKeys.Outbox, Group, entryIds);
        await Db.StreamDeleteAsync(RedisKeys.Outbox, entryIds);
    }

    public Task<long> LengthAsync() => Db.StreamLengthAsync(RedisKeys.Outbox);

    private static PendingMessage Read(StreamEntry entry)
    {
        var type = MessageTypes[(string)entry["type"]!];
        return new PendingMessage(
            entry.Id,
            Guid.Parse((string)entry["messageId"]!),
            JsonSerializer.Deserialize((string)entry["body"]!, type)!,
            type,
            (string?)entry["traceParent"]);
    }
}

public sealed record OutboxEntry(Guid MessageId, string Type, string Body, string TraceParent);

public sealed record PendingMessage(RedisValue EntryId, Guid MessageId, object Message, Type Type, string? TraceParent);
