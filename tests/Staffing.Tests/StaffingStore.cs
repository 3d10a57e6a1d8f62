using System.Text.Json;
using Microsoft.Extensions.Logging.Abstractions;
using StackExchange.Redis;
using Ukc.Contracts;
using Ukc.ServiceDefaults;
using Ukc.ServiceDefaults.Messaging;
using Ukc.Staffing.Infrastructure;

namespace Staffing.Tests;

/// <summary>The roster and the alerts on a real Redis, with the outbox they write to and a way to make it refuse.</summary>
public sealed class StaffingStore
{
    private readonly IDatabase db;

    public StaffingStore(RedisServer redis)
    {
        db = redis.Connection.GetDatabase();
        var outbox = new Outbox(redis.Connection, OutboxStream.For(RedisKeys.Outbox, typeof(OperatorRosterChanged).Assembly, "Staffing.Tests"), new OutboxSignal());
        Roster = new Roster(redis.Connection, outbox, TimeProvider.System, NullLogger<Roster>.Instance);
        Alerts = new RegionalAlerts(redis.Connection, outbox, TimeProvider.System, NullLogger<RegionalAlerts>.Instance);
    }

    public Roster Roster { get; }

    public RegionalAlerts Alerts { get; }

    /// <summary>The messages in the outbox, oldest first.</summary>
    public async Task<IReadOnlyList<T>> AnnouncedAsync<T>()
    {
        var entries = await db.StreamRangeAsync(RedisKeys.Outbox);
        Assert.All(entries, e => Assert.Equal(typeof(T).Name, (string?)e["type"]));
        return [.. entries.Select(e => JsonSerializer.Deserialize<T>((string)e["body"]!, UkcJson.Options)!)];
    }

    /// <summary>Puts a value of the wrong type where the outbox stream belongs, so every write to it fails.</summary>
    public Task BreakOutboxAsync() => db.StringSetAsync(RedisKeys.Outbox, "not a stream");

    public Task MendOutboxAsync() => db.KeyDeleteAsync(RedisKeys.Outbox);
}
