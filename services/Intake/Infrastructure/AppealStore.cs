using System.Globalization;
using StackExchange.Redis;
using Ukc.Intake.Domain;

namespace Ukc.Intake.Infrastructure;

/// <summary>Intake's record of every appeal, in Redis.</summary>
public sealed class AppealStore(IConnectionMultiplexer redis)
{
    private static readonly string AdvanceStatusScript = EmbeddedScript.Read(typeof(AppealStore).Assembly, "advance-status.lua");

    private IDatabase Db => redis.GetDatabase();

    public async Task CreateAsync(Appeal appeal)
    {
        var transaction = Db.CreateTransaction();
        _ = transaction.HashSetAsync(RedisKeys.Appeal(appeal.Id), ToHash(appeal));
        _ = transaction.SortedSetAddAsync(RedisKeys.AppealsByArrival, appeal.Id.ToString("N"), appeal.ReceivedAt.ToUnixTimeMilliseconds());
        if (!await transaction.ExecuteAsync())
        {
            throw new InvalidOperationException($"Appeal {appeal.Id} could not be stored.");
        }
    }

    public async Task DeleteAsync(Guid id)
    {
        var transaction = Db.CreateTransaction();
        _ = transaction.KeyDeleteAsync(RedisKeys.Appeal(id));
        _ = transaction.SortedSetRemoveAsync(RedisKeys.AppealsByArrival, id.ToString("N"));
        await transaction.ExecuteAsync();
    }

    public async Task<Appeal?> GetAsync(Guid id)
    {
        var entries = await Db.HashGetAllAsync(RedisKeys.Appeal(id));
        return entries.Length == 0 ? null : FromHash(id, entries.ToDictionary(e => e.Name.ToString(), e => e.Value.ToString()));
    }

    /// <summary>Records what an event says of the appeal and moves its status forward, never back.</summary>
    /// <returns>Whether the status moved; false for a repeated, late or unknown appeal's event.</returns>
    public async Task<bool> AdvanceStatusAsync(Guid id, string status, DateTimeOffset at, params (string Field, string Value)[] facts)
    {
        var args = new List<RedisValue> { status, StatusOrder.Rank(status), at.ToString("O", CultureInfo.InvariantCulture) };
        foreach (var (field, value) in facts)
        {
            args.Add(field);
            args.Add(value);
        }

        var result = (int)await Db.ScriptEvaluateAsync(AdvanceStatusScript, [RedisKeys.Appeal(id)], [.. args]);
        return result == 1;
    }

    private static HashEntry[] ToHash(Appeal appeal)
    {
        var entries = new List<HashEntry>
        {
            new("channel", appeal.Channel),
            new("text", appeal.Text),
            new("status", appeal.Status),
            new("statusRank", StatusOrder.Rank(appeal.Status)),
            new("receivedAt", appeal.ReceivedAt.ToString("O", CultureInfo.InvariantCulture)),
            new("updatedAt", appeal.UpdatedAt.ToString("O", CultureInfo.InvariantCulture)),
        };
        AddIfPresent(entries, "name", appeal.Name);
        AddIfPresent(entries, "phone", appeal.Phone);
        AddIfPresent(entries, "region", appeal.Region);
        AddIfPresent(entries, "preferredLanguage", appeal.PreferredLanguage);
        return [.. entries];
    }

    private static void AddIfPresent(List<HashEntry> entries, string field, string? value)
    {
        if (!string.IsNullOrEmpty(value))
        {
            entries.Add(new HashEntry(field, value));
        }
    }

    private static Appeal FromHash(Guid id, Dictionary<string, string> hash) => new(
        id,
        hash["channel"],
        hash["text"],
        hash.GetValueOrDefault("name"),
        hash.GetValueOrDefault("phone"),
        hash.GetValueOrDefault("region"),
        hash.GetValueOrDefault("preferredLanguage"),
        hash["status"],
        hash.GetValueOrDefault("category"),
        hash.GetValueOrDefault("priority"),
        DateTimeOffset.Parse(hash["receivedAt"], CultureInfo.InvariantCulture),
        DateTimeOffset.Parse(hash["updatedAt"], CultureInfo.InvariantCulture));
}
