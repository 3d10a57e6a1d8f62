using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Ukc.Contracts;
using Ukc.ServiceDefaults;
using Ukc.ServiceDefaults.Messaging;

namespace Ukc.Gateway.Accounts;

/// <summary>Raised when an account event is written, so the dispatcher publishes it at once.</summary>
public sealed class AccountsOutboxSignal : WakeSignal;

/// <summary>
/// The events of sign-ins and account changes, in a table beside Identity's, written in the same transaction
/// as the change they announce; <see cref="AccountsOutboxDispatcher"/> publishes them.
/// </summary>
public sealed class AccountsOutbox(AccountsDb db, TimeProvider time, AccountsOutboxSignal signal)
{
    public const string Table = $"{AccountsDb.Schema}.outbox";

    public const string CreateTable = $"""
        CREATE TABLE IF NOT EXISTS {Table} (
            position bigserial PRIMARY KEY,
            message_id uuid NOT NULL,
            type text NOT NULL,
            body text NOT NULL,
            trace_parent text,
            actor text NOT NULL
        )
        """;

    private const int MaxActorLength = 256;

    public DateTimeOffset Now => time.GetUtcNow();

    /// <summary>Adds the event of an action by <paramref name="actor"/> to the transaction under way on the accounts database.</summary>
    public async Task AddAsync(object message, string actor)
    {
        var type = message.GetType().Name;
        var body = JsonSerializer.Serialize(message, message.GetType(), UkcJson.Options);
        var traceParent = System.Diagnostics.Activity.Current?.Id;
        var name = actor.Length > MaxActorLength ? actor[..MaxActorLength] : actor;
        await db.Database.ExecuteSqlAsync(
            $"INSERT INTO accounts.outbox (message_id, type, body, trace_parent, actor) VALUES ({Guid.CreateVersion7()}, {type}, {body}, {traceParent}, {name})");
    }

    /// <summary>Wakes the dispatcher once the transaction that wrote events has committed.</summary>
    public void Written() => signal.Raise();

    private static readonly IReadOnlyDictionary<string, Type> MessageTypes = OutboxStream.MessageTypesOf(typeof(AccountChanged).Assembly);

    public static Type MessageType(string name) =>
        MessageTypes.GetValueOrDefault(name) ?? throw new InvalidMessageException($"The accounts outbox holds an unknown message type {name}.");
}
