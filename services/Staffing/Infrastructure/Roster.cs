using System.Text.Json;
using StackExchange.Redis;
using Ukc.Staffing.Domain;

namespace Ukc.Staffing.Infrastructure;

/// <summary>
/// The operators, one JSON value each in a Redis hash. Every change is published as
/// <see cref="Ukc.Contracts.OperatorRosterChanged"/> after it is stored. A change the outbox could not take
/// fails the request and leaves the roster so that repeating the request stores the same and publishes again.
/// </summary>
public sealed class Roster(IConnectionMultiplexer redis, Outbox outbox, TimeProvider time, ILogger<Roster> logger)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    private IDatabase Db => redis.GetDatabase();

    public async Task<IReadOnlyList<Operator>> AllAsync()
    {
        var entries = await Db.HashValuesAsync(RedisKeys.Operators);
        return [.. entries.Select(e => Deserialize(e!)).OrderBy(o => o.Id, StringComparer.Ordinal)];
    }

    public async Task<Operator?> GetAsync(string id)
    {
        var value = await Db.HashGetAsync(RedisKeys.Operators, id);
        return value.IsNullOrEmpty ? null : Deserialize(value!);
    }

    public Task<bool> ExistsAsync(string id) => Db.HashExistsAsync(RedisKeys.Operators, id);

    /// <summary>Adds the operator unless one has the id already.</summary>
    public async Task<bool> AddAsync(Operator op)
    {
        if (!await Db.HashSetAsync(RedisKeys.Operators, op.Id, Serialize(op), When.NotExists))
        {
            return false;
        }

        try
        {
            await outbox.AddAsync(op.Changed(time.GetUtcNow()));
        }
        catch
        {
            // Unpublished, it must not stay: a retried POST would find it and never publish it.
            await Db.HashDeleteAsync(RedisKeys.Operators, op.Id);
            throw;
        }

        return true;
    }

    public async Task PutAsync(Operator op)
    {
        await Db.HashSetAsync(RedisKeys.Operators, op.Id, Serialize(op));
        await outbox.AddAsync(op.Changed(time.GetUtcNow()));
    }

    /// <summary>Stores every operator in one step (all or none), then publishes each.</summary>
    public async Task PutAllAsync(IReadOnlyList<Operator> operators)
    {
        await Db.HashSetAsync(RedisKeys.Operators, [.. operators.Select(o => new HashEntry(o.Id, Serialize(o)))]);
        var now = time.GetUtcNow();
        await Task.WhenAll(operators.Select(o => outbox.AddAsync(o.Changed(now))));
        logger.LogInformation("Imported {Count} operators into the roster", operators.Count);
    }

    public async Task<bool> RemoveAsync(string id)
    {
        var op = await GetAsync(id);
        if (op is null || !await Db.HashDeleteAsync(RedisKeys.Operators, id))
        {
            return false;
        }

        try
        {
            await outbox.AddAsync(op.Changed(time.GetUtcNow(), removed: true));
        }
        catch
        {
            // Back on the roster, so that a retried DELETE removes it and publishes the removal.
            await Db.HashSetAsync(RedisKeys.Operators, id, Serialize(op), When.NotExists);
            throw;
        }

        return true;
    }

    /// <summary>Changes one operator, retrying when another change of the same operator came in between.</summary>
    public async Task<Operator?> UpdateAsync(string id, Func<Operator, Operator> change)
    {
        for (var attempt = 0; ; attempt++)
        {
            var stored = await Db.HashGetAsync(RedisKeys.Operators, id);
            if (stored.IsNullOrEmpty)
            {
                return null;
            }

            var updated = change(Deserialize(stored!));
            var transaction = Db.CreateTransaction();
            transaction.AddCondition(Condition.HashEqual(RedisKeys.Operators, id, stored));
            _ = transaction.HashSetAsync(RedisKeys.Operators, id, Serialize(updated));
            if (await transaction.ExecuteAsync())
            {
                await outbox.AddAsync(updated.Changed(time.GetUtcNow()));
                return updated;
            }

            if (attempt == 10)
            {
                throw new InvalidOperationException($"Operator {id} kept changing while being updated.");
            }
        }
    }

    private static string Serialize(Operator op) => JsonSerializer.Serialize(op, Json);

    private static Operator Deserialize(string json) => JsonSerializer.Deserialize<Operator>(json, Json)!;
}
