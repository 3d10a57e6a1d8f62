using System.Diagnostics;
using Npgsql;
using static Ukc.Testing.PostgresPrograms;

namespace Ukc.Reporting.Benchmarks;

/// <summary>
/// A PostgreSQL server for one benchmark run, on a free loopback port. Its data folder is kept when given
/// (<c>--data</c>), so that a million appeals are loaded once and measured many times; otherwise it is a temporary
/// folder removed at the end. Durable runs keep PostgreSQL's defaults (fsync, synchronous commit);
/// fast runs turn both off, as the tests' server does.
/// </summary>
internal sealed class PostgresCluster : IAsyncDisposable
{
    public const string Database = "reports";

    private readonly string data;
    private readonly bool temporary;
    private Process? server;

    private PostgresCluster(string folder, bool temporary)
    {
        Folder = folder;
        data = Path.Combine(folder, "data");
        this.temporary = temporary;
    }

    public string Folder { get; }

    public string ConnectionString { get; private set; } = "";

    /// <summary>The settings the run is measured under, as PostgreSQL reports them.</summary>
    public static readonly string[] ReportedSettings =
    [
        "server_version", "fsync", "synchronous_commit", "full_page_writes", "wal_level", "shared_buffers", "work_mem",
        "maintenance_work_mem", "effective_cache_size", "max_wal_size", "checkpoint_timeout", "max_parallel_workers_per_gather",
        "random_page_cost", "jit",
    ];

    public static async Task<PostgresCluster> StartAsync(string? folder, bool durable, IReadOnlyList<string> settings)
    {
        var temporary = folder is null;
        folder = Path.GetFullPath(folder ?? Directory.CreateTempSubdirectory("ukc-reporting-bench-").FullName);
        Directory.CreateDirectory(folder);
        var cluster = new PostgresCluster(folder, temporary);
        await cluster.StartAsync(durable, settings);
        return cluster;
    }

    private async Task StartAsync(bool durable, IReadOnlyList<string> extra)
    {
        var bin = BinFolder();
        var asRoot = Environment.UserName == "root";
        if (asRoot)
        {
            Run("chown", ["postgres", Folder]);
        }

        if (!File.Exists(Path.Combine(data, "PG_VERSION")))
        {
            Run(Command(asRoot, Path.Combine(bin, "initdb")),
                [.. Prefix(asRoot, Path.Combine(bin, "initdb")), "-D", data, "-U", "postgres", "--auth=trust", "-E", "UTF8", "--locale=C.UTF-8"]);
        }

        var port = FreePort();
        var postgres = Path.Combine(bin, "postgres");
        string[] settings = [.. durable ? [] : new[] { "-c", "fsync=off", "-c", "synchronous_commit=off" }, .. extra.SelectMany(s => new[] { "-c", s })];
        server = Process.Start(new ProcessStartInfo(Command(asRoot, postgres),
            [.. Prefix(asRoot, postgres), "-D", data, "-k", Folder, "-p", $"{port}", "-c", "listen_addresses=127.0.0.1", .. settings])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        }) ?? throw new InvalidOperationException("postgres did not start.");
        server.ErrorDataReceived += (_, _) => { };
        server.OutputDataReceived += (_, _) => { };
        server.BeginErrorReadLine();
        server.BeginOutputReadLine();

        var admin = $"Host=127.0.0.1;Port={port};Username=postgres;Database=postgres;Pooling=false";
        for (var attempt = 0; ; attempt++)
        {
            try
            {
                await using var connection = new NpgsqlConnection(admin);
                await connection.OpenAsync();
                await using var exists = new NpgsqlCommand($"SELECT count(*) FROM pg_database WHERE datname = '{Database}'", connection);
                if ((long)(await exists.ExecuteScalarAsync())! == 0)
                {
                    await using var create = new NpgsqlCommand($"CREATE DATABASE {Database}", connection);
                    await create.ExecuteNonQueryAsync();
                }

                break;
            }
            catch (NpgsqlException) when (attempt < 600 && !server.HasExited)
            {
                await Task.Delay(100);
            }
        }

        ConnectionString = $"Host=127.0.0.1;Port={port};Username=postgres;Database={Database};Command Timeout=0";
    }

    public static async Task<IReadOnlyList<(string Name, string Value)>> SettingsAsync(NpgsqlDataSource database)
    {
        var settings = new List<(string, string)>();
        foreach (var name in ReportedSettings)
        {
            await using var command = database.CreateCommand($"SHOW {name}");
            settings.Add((name, (string)(await command.ExecuteScalarAsync())!));
        }

        return settings;
    }

    /// <summary>
    /// The processor time the server has used so far: the postmaster's, its live processes' (backends, writers,
    /// autovacuum) and that of those it has reaped. Counts the work done for a benchmark whatever else shares the cores.
    /// </summary>
    public TimeSpan CpuTime()
    {
        const double ticksPerSecond = 100; // USER_HZ on Linux
        var postmaster = int.Parse(File.ReadLines(Path.Combine(data, "postmaster.pid")).First(), Bench.Invariant);
        double ticks = 0;
        foreach (var folder in Directory.EnumerateDirectories("/proc"))
        {
            if (!int.TryParse(Path.GetFileName(folder), out var pid))
            {
                continue;
            }

            string stat;
            try
            {
                stat = File.ReadAllText(Path.Combine(folder, "stat"));
            }
            catch (IOException)
            {
                continue;
            }

            // After the command's name in parentheses: state, ppid, ... utime (14), stime (15), cutime (16), cstime (17).
            var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
            var parent = int.Parse(fields[1], Bench.Invariant);
            if (pid == postmaster || parent == postmaster)
            {
                ticks += long.Parse(fields[11], Bench.Invariant) + long.Parse(fields[12], Bench.Invariant);
                if (pid == postmaster)
                {
                    ticks += long.Parse(fields[13], Bench.Invariant) + long.Parse(fields[14], Bench.Invariant);
                }
            }
        }

        return TimeSpan.FromSeconds(ticks / ticksPerSecond);
    }

    /// <summary>Fast shutdown: SIGINT to the postmaster whose pid the data folder records, then waits for it.</summary>
    public async ValueTask DisposeAsync()
    {
        if (server is not null)
        {
            var pidFile = Path.Combine(data, "postmaster.pid");
            if (!server.HasExited && File.Exists(pidFile) && int.TryParse(File.ReadLines(pidFile).First(), out var postmaster))
            {
                Run("kill", ["-INT", $"{postmaster}"]);
            }

            using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
            await server.WaitForExitAsync(timeout.Token);
            server.Dispose();
        }

        if (temporary)
        {
            Directory.Delete(Folder, recursive: true);
        }
    }
}
