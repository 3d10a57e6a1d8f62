using Npgsql;
using NpgsqlTypes;

namespace Ukc.Reporting.Ingest;

/// <summary>
/// Writes events into the history and brings the appeal rows and operator spans they touch up to date,
/// all in one transaction: a batch is stored whole or not at all, and an event stored once is never stored again.
/// The same transaction marks the quarters whose figures the batch changed; they are counted again apart from it.
/// </summary>
public sealed class EventHistory(NpgsqlDataSource database, QuarterFigures quarters, FloorChanges changes)
{
    // Every writer of the projections takes this lock, so two never lay out the same appeal from different snapshots.
    private const long ProjectionLock = 0x75_6b_63_72_65_70;
    private const int RebuildChunk = 20_000;

    private static readonly string ProjectAppeals = EmbeddedScript.Read(typeof(EventHistory).Assembly, "project-appeals.sql");
    private static readonly string ProjectSpans = EmbeddedScript.Read(typeof(EventHistory).Assembly, "project-spans.sql");

    /// <returns>How many of the events were new.</returns>
    public async Task<int> WriteAsync(IReadOnlyList<RecordedEvent> events, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await LockAsync(connection, cancellationToken, withoutJit: true);

        var stored = await InsertEventsAsync(connection, events, cancellationToken);
        var fresh = events.Where(e => stored.Contains(e.MessageId)).DistinctBy(e => e.MessageId).ToList();
        if (fresh.Count > 0)
        {
            await using var batch = new NpgsqlBatch(connection);
            var appeals = fresh.Where(e => e.AppealId is not null).Select(e => e.AppealId!.Value).Distinct().ToArray();
            if (appeals.Length > 0)
            {
                batch.BatchCommands.Add(QuarterFigures.MarkAppeals(appeals));
            }

            var states = fresh.Where(e => e.State is not null).ToList();
            if (states.Count > 0)
            {
                batch.BatchCommands.Add(InsertStates(states));
                var since = states.GroupBy(e => e.State!.OperatorId).Select(g => (Operator: g.Key, Since: g.Min(e => e.OccurredAt))).ToList();
                batch.BatchCommands.Add(Command(ProjectSpans,
                    ("operators", since.Select(s => s.Operator).ToArray()),
                    ("since", since.Select(s => s.Since.ToUniversalTime()).ToArray())));
            }

            if (appeals.Length > 0)
            {
                batch.BatchCommands.Add(Command(ProjectAppeals, ("appeals", appeals)));
                batch.BatchCommands.Add(QuarterFigures.MarkAppeals(appeals));
            }

            await batch.ExecuteNonQueryAsync(cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
        if (fresh.Count > 0)
        {
            changes.Raise();
        }

        return fresh.Count;
    }

    /// <summary>The event type of a rebuild an admin asked for: kept in the history, so the audit lists it.</summary>
    public const string RebuiltType = "ReportsRebuilt";

    /// <summary>
    /// Lays out every appeal row and operator span again from the stored events alone; when an admin asked for it
    /// (<paramref name="actor"/>), the history records that, in the same transaction.
    /// </summary>
    public async Task RebuildAsync(string? actor = null, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await LockAsync(connection, cancellationToken);
        if (actor is not null)
        {
            await using var record = new NpgsqlCommand("""
                INSERT INTO reporting.events (message_id, type, occurred_at, payload, actor)
                VALUES (@id, @type, now(), jsonb_build_object('rebuiltAt', now()), @actor)
                """, connection);
            record.Parameters.AddWithValue("id", Guid.CreateVersion7());
            record.Parameters.AddWithValue("type", RebuiltType);
            record.Parameters.AddWithValue("actor", actor);
            await record.ExecuteNonQueryAsync(cancellationToken);
        }

        await using (var clear = new NpgsqlCommand("TRUNCATE reporting.appeals, reporting.operator_spans", connection))
        {
            await clear.ExecuteNonQueryAsync(cancellationToken);
        }

        var operators = new List<string>();
        var since = new List<DateTime>();
        await using (var first = new NpgsqlCommand("SELECT operator_id, min(at) FROM reporting.operator_states GROUP BY operator_id", connection))
        await using (var reader = await first.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                operators.Add(reader.GetString(0));
                since.Add(reader.GetDateTime(1));
            }
        }

        await using (var spans = new NpgsqlCommand(ProjectSpans, connection) { CommandTimeout = 0 })
        {
            spans.Parameters.AddWithValue("operators", operators.ToArray());
            spans.Parameters.AddWithValue("since", since.ToArray());
            await spans.ExecuteNonQueryAsync(cancellationToken);
        }

        var ids = new List<Guid>();
        await using (var list = new NpgsqlCommand("SELECT DISTINCT appeal_id FROM reporting.events WHERE appeal_id IS NOT NULL", connection))
        await using (var reader = await list.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                ids.Add(reader.GetGuid(0));
            }
        }

        foreach (var chunk in ids.Chunk(RebuildChunk))
        {
            await using var project = new NpgsqlCommand(ProjectAppeals, connection) { CommandTimeout = 0 };
            project.Parameters.AddWithValue("appeals", chunk);
            await project.ExecuteNonQueryAsync(cancellationToken);
        }

        await QuarterFigures.MarkAllAsync(connection, cancellationToken);
        await quarters.RefreshAsync(connection, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        changes.Raise();
    }

    /// <summary>Computes the quarters the writes since the last time marked stale again (<see cref="QuarterRefresher"/>).</summary>
    public async Task RefreshQuartersAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await LockAsync(connection, cancellationToken, withoutJit: true);
        await quarters.RefreshAsync(connection, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    /// <summary>At start: computes every quarter's figures again when the counting settings changed since they were.</summary>
    public async Task PrepareQuartersAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await LockAsync(connection, cancellationToken);
        if (await quarters.SettingsChangedAsync(connection, cancellationToken))
        {
            await QuarterFigures.MarkAllAsync(connection, cancellationToken);
            await quarters.RefreshAsync(connection, cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
    }

    /// <param name="withoutJit">
    /// For the rest of the transaction PostgreSQL runs its statements without compiling them (JIT). A batch's
    /// statements touch a few hundred rows, but the planner cannot tell: it only learns while running from when each
    /// operator's spans are laid out again, and its statistics lag a table that grows. Guessing millions of rows, past
    /// <c>jit_above_cost</c>, it spent 0.1 to 0.8 s compiling a statement that then ran in 25 to 60 ms.
    /// </param>
    private static async Task LockAsync(NpgsqlConnection connection, CancellationToken cancellationToken, bool withoutJit = false)
    {
        var jit = withoutJit ? ", set_config('jit', 'off', true)" : "";
        await using var command = new NpgsqlCommand($"SELECT pg_advisory_xact_lock({ProjectionLock}){jit}", connection);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private static async Task<HashSet<Guid>> InsertEventsAsync(NpgsqlConnection connection, IReadOnlyList<RecordedEvent> events, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand("""
            INSERT INTO reporting.events (message_id, type, appeal_id, operator_id, occurred_at, payload, actor)
            SELECT m, t, a, o, at, p::jsonb, actor
            FROM unnest(@messages, @types, @appeals, @operators, @times, @payloads, @actors) AS e(m, t, a, o, at, p, actor)
            ON CONFLICT (message_id) DO NOTHING
            RETURNING message_id
            """, connection);
        command.Parameters.AddWithValue("messages", events.Select(e => e.MessageId).ToArray());
        command.Parameters.AddWithValue("types", events.Select(e => e.Type).ToArray());
        command.Parameters.Add(new NpgsqlParameter("appeals", NpgsqlDbType.Array | NpgsqlDbType.Uuid) { Value = events.Select(e => e.AppealId).ToArray() });
        command.Parameters.Add(new NpgsqlParameter("operators", NpgsqlDbType.Array | NpgsqlDbType.Text) { Value = events.Select(e => e.OperatorId).ToArray() });
        command.Parameters.AddWithValue("times", events.Select(e => e.OccurredAt.ToUniversalTime()).ToArray());
        command.Parameters.AddWithValue("payloads", events.Select(e => e.Payload).ToArray());
        command.Parameters.Add(new NpgsqlParameter("actors", NpgsqlDbType.Array | NpgsqlDbType.Text) { Value = events.Select(e => e.Actor).ToArray() });

        var stored = new HashSet<Guid>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            stored.Add(reader.GetGuid(0));
        }

        return stored;
    }

    private static NpgsqlBatchCommand InsertStates(IReadOnlyList<RecordedEvent> events) =>
        Command("""
            INSERT INTO reporting.operator_states (message_id, operator_id, at, rank, state, reason)
            SELECT * FROM unnest(@messages, @operators, @times, @ranks, @states, @reasons)
            """,
            ("messages", events.Select(e => e.MessageId).ToArray()),
            ("operators", events.Select(e => e.State!.OperatorId).ToArray()),
            ("times", events.Select(e => e.OccurredAt.ToUniversalTime()).ToArray()),
            ("ranks", events.Select(e => e.State!.Rank).ToArray()),
            ("states", events.Select(e => e.State!.State).ToArray()),
            ("reasons", events.Select(e => e.State!.Reason).ToArray()));

    private static NpgsqlBatchCommand Command(string sql, params (string Name, object Value)[] parameters)
    {
        var command = new NpgsqlBatchCommand(sql);
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value);
        }

        return command;
    }
}
