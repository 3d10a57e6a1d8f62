using System.Diagnostics;
using System.Text.Json;
using MassTransit;
using Microsoft.EntityFrameworkCore;
using Ukc.ServiceDefaults;
using Ukc.ServiceDefaults.Messaging;

namespace Ukc.Gateway.Accounts;

/// <summary>
/// Publishes the accounts outbox in order and deletes what the broker confirmed, in one transaction that holds its
/// rows, so several gateways share the table without publishing a row twice; while the broker is down the rows wait.
/// </summary>
public sealed class AccountsOutboxDispatcher(
    IServiceScopeFactory scopes, IBus bus, AccountsOutboxSignal signal, ILogger<AccountsOutboxDispatcher> logger) : BackgroundService
{
    private const int BatchSize = 100;
    private static readonly TimeSpan IdleWait = TimeSpan.FromSeconds(5);
    private static readonly TimeSpan PublishTimeout = TimeSpan.FromSeconds(10);

    private readonly ActivitySource source = new("Ukc.Gateway");

    public override void Dispose()
    {
        source.Dispose();
        base.Dispose();
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var retryDelay = TimeSpan.FromMilliseconds(200);
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                if (await PublishBatchAsync(stoppingToken) == 0)
                {
                    await signal.WaitAsync(IdleWait, stoppingToken);
                }

                retryDelay = TimeSpan.FromMilliseconds(200);
            }
            catch (Exception exception) when (!stoppingToken.IsCancellationRequested)
            {
                logger.LogWarning(exception, "The accounts outbox could not be published; trying again in {Delay}", retryDelay);
                await Task.Delay(retryDelay, stoppingToken);
                retryDelay = TimeSpan.FromTicks(Math.Min(retryDelay.Ticks * 2, TimeSpan.FromSeconds(5).Ticks));
            }
        }
    }

    private async Task<int> PublishBatchAsync(CancellationToken stoppingToken)
    {
        using var scope = scopes.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AccountsDb>();
        await using var transaction = await db.Database.BeginTransactionAsync(stoppingToken);
        var rows = await db.Database.SqlQuery<OutboxRow>($"""
            SELECT position AS "Position", message_id AS "MessageId", type AS "Type", body AS "Body",
                   trace_parent AS "TraceParent", actor AS "Actor"
            FROM accounts.outbox ORDER BY position LIMIT {BatchSize} FOR UPDATE SKIP LOCKED
            """).ToListAsync(stoppingToken);
        if (rows.Count == 0)
        {
            return 0;
        }

        await Task.WhenAll(rows.Select(row =>
        {
            var type = AccountsOutbox.MessageType(row.Type);
            var message = new OutgoingMessage(row.MessageId, JsonSerializer.Deserialize(row.Body, type, UkcJson.Options)!, type, row.TraceParent, row.Actor);
            return message.PublishAsync(bus, source, PublishTimeout, stoppingToken);
        }));
        var published = rows.Select(row => row.Position).ToArray();
        await db.Database.ExecuteSqlAsync($"DELETE FROM accounts.outbox WHERE position = ANY({published})", stoppingToken);
        await transaction.CommitAsync(stoppingToken);
        return rows.Count;
    }

    private sealed record OutboxRow(long Position, Guid MessageId, string Type, string Body, string? TraceParent, string Actor);
}
