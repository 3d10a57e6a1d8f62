using System.Text.Json;
using StackExchange.Redis;
using Ukc.Contracts;
using Ukc.Staffing.Domain;

namespace Ukc.Staffing.Infrastructure;

/// <summary>
/// The operators, one JSON value each in a Redis hash. Every change is stored together with its
/// <see cref="OperatorRosterChanged"/> in the outbox, by one script: both or neither. A change is written only
/// if the operator is still as it was read, so that the order of the messages' <c>ChangedAt</c> is the order
/// the changes were stored in (Assignment keeps the newest).
/// </summary>
public sealed class Roster(IConnectionMultiplexer redis, Outbox outbox, TimeProvider time, ILogger<Roster> logger)
{
    private static readonly string ChangeScript = EmbeddedScript.Read(typeof(Roster).Assembly, "change-operators.lua");

    private const int MaxAttempts = 10;

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
    public Task<bool> AddAsync(Operator op) => WriteAsync([new(op.Id, "", op)]);

    public Task PutAsync(Operator op) => PutAllAsync([op], log: false);

    /// <summary>Stores every operator and announces each, in one step: all or none.</summary>
    public Task PutAllAsync(IReadOnlyList<Operator> operators) => PutAllAsync(operators, log: true);

    public async Task<bool> RemoveAsync(string id) => await UpdateAsync(id, _ => null) is not null;

    /// <summary>Changes one operator (<paramref name="change"/> giving null removes them); the operator found, or null when there is none.</summary>
    public async Task<Operator?> UpdateAsync(string id, Func<Operator, Operator?> change)
    {
        for (var attempt = 1; ; attempt++)
        {
            var stored = await Db.HashGetAsync(RedisKeys.Operators, id);
            if (stored.IsNullOrEmpty)
            {
                return null;
            }

            var op = Deserialize(stored!);
            var changed = change(op);
            if (await WriteAsync([new(id, stored!, changed)]))
            {
                return changed ?? op;
            }

            Conflicted(attempt);
        }
    }

    private async Task PutAllAsync(IReadOnlyList<Operator> operators, bool log)
    {
        for (var attempt = 1; ; attempt++)
        {
            var stored = await Db.HashGetAsync(RedisKeys.Operators, [.. operators.Select(o => (RedisValue)o.Id)]);
            if (await WriteAsync([.. operators.Select((o, i) => new OperatorChange(o.Id, stored[i].IsNull ? "" : stored[i]!, o))]))
            {
                break;
            }

            Conflicted(attempt);
        }

        if (log)
        {
            logger.LogInformation("Imported {Count} operators into the roster", operators.Count);
        }
    }

    /// <summary>Writes the changes and their messages if every operator is still as it was read; whether it did.</summary>
    private async Task<bool> WriteAsync(IReadOnlyList<OperatorChange> changes)
    {
        var now = time.GetUtcNow();
        RedisValue[] args =
        [
            nameof(OperatorRosterChanged), Outbox.Origin,
            .. changes.SelectMany(c => new RedisValue[]
            {
                c.Id, c.Before, c.After is null ? "" : Serialize(c.After),
                Outbox.Entry(c.After?.Changed(now) ?? Deserialize(c.Before).Changed(now, removed: true)).Body,
            }),
        ];
        var written = (int)await Db.ScriptEvaluateAsync(ChangeScript, [RedisKeys.Operators, RedisKeys.Outbox], args) == 1;
        if (written)
        {
            outbox.Written();
        }

        return written;
    }

    private static void Conflicted(int attempt)
    {
        if (attempt == MaxAttempts)
        {
            throw new InvalidOperationException("The operators kept changing while being written.");
        }
    }

    private static string Serialize(Operator op) => JsonSerializer.Serialize(op, UkcJson.Options);

    private static Operator Deserialize(string json) => JsonSerializer.Deserialize<Operator>(json, UkcJson.Options)!;

    /// <param name="Before">The operator as read, as stored ('' when not on the roster).</param>
    /// <param name="After">The operator to store, or null to remove them.</param>
    private sealed record OperatorChange(string Id, string Before, Operator? After);
}
