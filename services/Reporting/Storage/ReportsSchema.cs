using Npgsql;

namespace Ukc.Reporting.Storage;

/// <summary>
/// Creates Reporting's database where it is missing and brings its schema up to the newest migration: the numbered
/// SQL files in <c>Storage/Migrations</c>, each applied once, in order, in a transaction of its own.
/// </summary>
public static class ReportsSchema
{
    private const long MigrationLock = 0x75_6b_63_6d_69_67;
    private const string MigrationsFolder = ".Storage.Migrations.";

    /// <param name="connectionString">The configured connection string, password included, for creating the database.</param>
    public static async Task MigrateAsync(NpgsqlDataSource database, string connectionString, CancellationToken cancellationToken = default)
    {
        await EnsureDatabaseAsync(database, connectionString, cancellationToken);
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        await ExecuteAsync(connection, null, """
            CREATE SCHEMA IF NOT EXISTS reporting;
            CREATE TABLE IF NOT EXISTS reporting.migrations (name text PRIMARY KEY, applied_at timestamptz NOT NULL DEFAULT now());
            """, cancellationToken);

        var assembly = typeof(ReportsSchema).Assembly;
        var migrations = assembly.GetManifestResourceNames().Where(n => n.Contains(MigrationsFolder, StringComparison.Ordinal)).Order(StringComparer.Ordinal);
        foreach (var resource in migrations)
        {
            var name = resource[(resource.IndexOf(MigrationsFolder, StringComparison.Ordinal) + MigrationsFolder.Length)..];
            await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
            // Two replicas starting together: the second waits, then finds the migration applied.
            await ExecuteAsync(connection, transaction, $"SELECT pg_advisory_xact_lock({MigrationLock})", cancellationToken);
            await using var applied = new NpgsqlCommand("SELECT count(*) FROM reporting.migrations WHERE name = @name", connection, transaction);
            applied.Parameters.AddWithValue("name", name);
            if ((long)(await applied.ExecuteScalarAsync(cancellationToken))! == 0)
            {
                await ExecuteAsync(connection, transaction, EmbeddedScript.Read(assembly, name), cancellationToken);
                await using var record = new NpgsqlCommand("INSERT INTO reporting.migrations (name) VALUES (@name)", connection, transaction);
                record.Parameters.AddWithValue("name", name);
                await record.ExecuteNonQueryAsync(cancellationToken);
            }

            await transaction.CommitAsync(cancellationToken);
        }
    }

    private static async Task EnsureDatabaseAsync(NpgsqlDataSource database, string connectionString, CancellationToken cancellationToken)
    {
        var target = new NpgsqlConnectionStringBuilder(connectionString);
        try
        {
            await using var probe = await database.OpenConnectionAsync(cancellationToken);
        }
        catch (PostgresException exception) when (exception.SqlState == PostgresErrorCodes.InvalidCatalogName)
        {
            var maintenance = new NpgsqlConnectionStringBuilder(connectionString) { Database = "postgres", Pooling = false };
            await using var connection = new NpgsqlConnection(maintenance.ConnectionString);
            await connection.OpenAsync(cancellationToken);
            try
            {
                await ExecuteAsync(connection, null, $"CREATE DATABASE \"{target.Database!.Replace("\"", "\"\"", StringComparison.Ordinal)}\"", cancellationToken);
            }
            catch (PostgresException raced) when (raced.SqlState == PostgresErrorCodes.DuplicateDatabase)
            {
                // Another replica created it first.
            }
        }
    }

    private static async Task ExecuteAsync(NpgsqlConnection connection, NpgsqlTransaction? transaction, string sql, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(sql, connection, transaction);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
