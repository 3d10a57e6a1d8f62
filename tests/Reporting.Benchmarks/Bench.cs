using System.Globalization;
using Npgsql;
using Ukc.Reporting.Figures;
using Ukc.Reporting.Ingest;
using Ukc.Reporting.Storage;

namespace Ukc.Reporting.Benchmarks;

/// <summary>What the benchmarks share: the month they load, the server they run against, and how they print.</summary>
internal static class Bench
{
    /// <summary>The month the load covers: 1 to 30 November 2026, Kyiv days, no change of summer time inside.</summary>
    public static readonly ReportPeriod Month = new(
        ReportPeriod.Midnight(new DateOnly(2026, 11, 1)), ReportPeriod.Midnight(new DateOnly(2026, 12, 1)));

    /// <summary>Operators on the floor all month: enough for the busiest hour of a million appeals a month.</summary>
    public const int Operators = 200;

    public static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    public static async Task<(PostgresCluster Cluster, NpgsqlDataSource Database)> StartAsync(Arguments arguments)
    {
        var durable = arguments.Flag("durable");
        var cluster = await PostgresCluster.StartAsync(arguments.Text("data"), durable, arguments.All("pg"));
        var database = NpgsqlDataSource.Create(cluster.ConnectionString);
        Print($"PostgreSQL in {cluster.Folder} ({(durable ? "durable: PostgreSQL's defaults" : "fsync=off, synchronous_commit=off")}{string.Concat(arguments.All("pg").Select(s => ", " + s))}):");
        Print("  " + string.Join(", ", (await PostgresCluster.SettingsAsync(database)).Select(s => $"{s.Name}={s.Value}")));
        Print($"  {Environment.ProcessorCount} cores, {GC.GetGCMemoryInfo().TotalAvailableMemoryBytes / (1L << 30)} GiB, .NET {Environment.Version}, server GC {System.Runtime.GCSettings.IsServerGC}, {Load()}");
        return (cluster, database);
    }

    /// <summary>
    /// Counts the stale quarters again every second while events are written, as the service's QuarterRefresher does,
    /// so that an ingest rate includes that work; disposing it stops it after a last round.
    /// </summary>
    public static IAsyncDisposable RefreshingQuarters(EventHistory history)
    {
        var stop = new CancellationTokenSource();
        var loop = Task.Run(async () =>
        {
            while (!stop.IsCancellationRequested)
            {
                await history.RefreshQuartersAsync();
                await Task.Delay(TimeSpan.FromSeconds(1), stop.Token).ContinueWith(_ => { }, TaskScheduler.Default);
            }

            await history.RefreshQuartersAsync();
        });
        return new Stopping(stop, loop);
    }

    private sealed class Stopping(CancellationTokenSource stop, Task loop) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync()
        {
            await stop.CancelAsync();
            await loop;
            stop.Dispose();
        }
    }

    /// <summary>An empty history: the schema dropped and migrated again.</summary>
    public static async Task ResetAsync(NpgsqlDataSource database)
    {
        await ExecuteAsync(database, "DROP SCHEMA IF EXISTS reporting CASCADE");
        await ReportsSchema.MigrateAsync(database, database.ConnectionString);
    }

    public static async Task ExecuteAsync(NpgsqlDataSource database, string sql)
    {
        await using var command = database.CreateCommand(sql);
        await command.ExecuteNonQueryAsync();
    }

    public static async Task<T> ScalarAsync<T>(NpgsqlDataSource database, string sql)
    {
        await using var command = database.CreateCommand(sql);
        return (T)(await command.ExecuteScalarAsync())!;
    }

    public static async Task PrintTablesAsync(NpgsqlDataSource database)
    {
        await using var command = database.CreateCommand("""
            SELECT c.relname, c.reltuples::bigint, pg_size_pretty(pg_table_size(c.oid)), pg_size_pretty(pg_indexes_size(c.oid))
            FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
            WHERE n.nspname = 'reporting' AND c.relkind = 'r' AND c.relname <> 'migrations'
            ORDER BY c.relname
            """);
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            Print($"  {reader.GetString(0),-16} ~{reader.GetInt64(1),12:N0} rows, table {reader.GetString(2),8}, indexes {reader.GetString(3),8}");
        }
    }

    /// <summary>
    /// With <c>--statements</c> (and <c>--pg shared_preload_libraries=pg_stat_statements</c>): from here on, PostgreSQL
    /// counts the time of each statement; <see cref="PrintStatementsAsync"/> prints the costliest.
    /// </summary>
    public static async Task CountStatementsAsync(Arguments arguments, NpgsqlDataSource database)
    {
        if (arguments.Flag("statements"))
        {
            await ExecuteAsync(database, "CREATE EXTENSION IF NOT EXISTS pg_stat_statements");
            await ExecuteAsync(database, "SELECT pg_stat_statements_reset()");
        }
    }

    public static async Task PrintStatementsAsync(Arguments arguments, NpgsqlDataSource database)
    {
        if (!arguments.Flag("statements"))
        {
            return;
        }

        await using var command = database.CreateCommand("""
            SELECT calls, total_exec_time, mean_exec_time, rows, left(regexp_replace(query, '\s+', ' ', 'g'), 150)
            FROM pg_stat_statements ORDER BY total_exec_time DESC LIMIT 8
            """);
        await using var reader = await command.ExecuteReaderAsync();
        Print("  PostgreSQL's time per statement (pg_stat_statements):");
        while (await reader.ReadAsync())
        {
            Print($"  {reader.GetInt64(0),7:N0} calls, {reader.GetDouble(1) / 1000,7:N1} s, {reader.GetDouble(2),8:N1} ms each, {reader.GetInt64(3),10:N0} rows: {reader.GetString(4)}");
        }
    }

    public static double Percentile(IReadOnlyList<double> values, double p)
    {
        var sorted = values.Order().ToArray();
        var rank = (int)Math.Ceiling(p / 100 * sorted.Length) - 1;
        return sorted[Math.Clamp(rank, 0, sorted.Length - 1)];
    }

    public static string Timings(IReadOnlyList<double> milliseconds) =>
        $"p50 {Percentile(milliseconds, 50):N1} ms, p95 {Percentile(milliseconds, 95):N1} ms, min {milliseconds.Min():N1} ms, max {milliseconds.Max():N1} ms (n={milliseconds.Count})";

    public static void Print(string line) => Console.WriteLine(line);

    /// <summary>The machine's load averages (1, 5, 15 minutes): whether something else ran beside the benchmark.</summary>
    public static string Load() => "load average " + string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3));
}
