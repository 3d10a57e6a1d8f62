using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using Npgsql;
using StackExchange.Redis;
using Ukc.ServiceDefaults.Messaging;

namespace Integration.Tests;

public sealed class LocalInfrastructureTests : IDisposable
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromMinutes(2);
    private static readonly string[] Servers = [ConnectionNames.Messaging, ConnectionNames.Redis, ConnectionNames.Reports];
    private readonly string stateFolder = Path.Combine(Path.GetTempPath(), $"ukc-infra-{Guid.NewGuid():N}");

    [Fact]
    public async Task Starts_when_its_ports_are_taken_and_an_earlier_run_left_a_server_and_pid_files_behind()
    {
        using var takenRedisPort = new TcpListener(IPAddress.Loopback, 0);
        using var takenRabbitPort = new TcpListener(IPAddress.Loopback, 0);
        takenRedisPort.Start();
        takenRabbitPort.Start();
        using var leftoverRedis = await StartLeftoverRedisAsync();
        WriteStalePidFile(ConnectionNames.Messaging, "rabbitmq.pid");

        var (app, leftoverStopped) = await StartInfrastructureAfterLeftoverAsync(leftoverRedis, [ConnectionNames.Messaging, ConnectionNames.Redis],
            $"--Infrastructure:RedisPort={Port(takenRedisPort)}",
            $"--Infrastructure:RabbitMqPort={Port(takenRabbitPort)}",
            "--Infrastructure:RabbitMqDistributionPort=0");

        await using var running = app;
        Assert.True(leftoverStopped, "the server an earlier run left in the state folder is stopped");
        var redis = await app.GetConnectionStringAsync(ConnectionNames.Redis);
        var messaging = await app.GetConnectionStringAsync(ConnectionNames.Messaging);
        Assert.DoesNotContain($":{Port(takenRedisPort)}", redis, StringComparison.Ordinal);
        Assert.DoesNotContain($":{Port(takenRabbitPort)}/", messaging + "/", StringComparison.Ordinal);
        using var connection = await ConnectionMultiplexer.ConnectAsync(redis!);
        await connection.GetDatabase().StringSetAsync("probe", "ok");
        Assert.Equal("ok", (string?)await connection.GetDatabase().StringGetAsync("probe"));
    }

    [Fact]
    public async Task Redis_data_in_the_state_folder_survives_a_restart()
    {
        await using (var first = await StartInfrastructureAsync([ConnectionNames.Redis]))
        {
            using var connection = await ConnectionMultiplexer.ConnectAsync((await first.GetConnectionStringAsync(ConnectionNames.Redis))!);
            await connection.GetDatabase().StringSetAsync("intake:appeal:kept", "Потрібна вода");
            await first.StopAsync();
        }

        await using var second = await StartInfrastructureAsync([ConnectionNames.Redis]);
        using var again = await ConnectionMultiplexer.ConnectAsync((await second.GetConnectionStringAsync(ConnectionNames.Redis))!);
        Assert.Equal("Потрібна вода", (string?)await again.GetDatabase().StringGetAsync("intake:appeal:kept"));
    }

    [Fact]
    public async Task Postgres_keeps_its_data_in_the_state_folder_on_loopback_and_stops_a_server_an_earlier_run_left()
    {
        await using (var first = await StartInfrastructureAsync([ConnectionNames.Reports]))
        {
            // The database is Reporting's to create on its first start.
            var server = new NpgsqlConnectionStringBuilder(await first.GetConnectionStringAsync(ConnectionNames.Reports)) { Database = "postgres" };
            await using (var connection = await OpenAsync(server.ConnectionString))
            {
                await ExecuteAsync(connection, $"CREATE DATABASE {ConnectionNames.Reports}");
            }

            await using (var connection = await OpenAsync((await first.GetConnectionStringAsync(ConnectionNames.Reports))!))
            {
                await ExecuteAsync(connection, "CREATE TABLE kept (text text); INSERT INTO kept VALUES ('Потрібна вода')");
            }

            await first.StopAsync();
        }

        // Stopped with the AppHost, the server shut down cleanly: it removes its pid file.
        await Eventually.HoldsAsync(() => Task.FromResult(File.Exists(PostmasterPid)), exists => !exists);
        using var takenPort = new TcpListener(IPAddress.Loopback, 0);
        takenPort.Start();
        using var leftover = await StartLeftoverPostgresAsync();

        var (app, leftoverStopped) = await StartInfrastructureAfterLeftoverAsync(leftover, [ConnectionNames.Reports],
            $"--Infrastructure:PostgresPort={Port(takenPort)}");

        await using var running = app;
        Assert.True(leftoverStopped, "the server an earlier run left in the state folder is stopped");
        var reports = new NpgsqlConnectionStringBuilder(await app.GetConnectionStringAsync(ConnectionNames.Reports));
        Assert.Equal("127.0.0.1", reports.Host);
        Assert.NotEqual(Port(takenPort), reports.Port);
        await using var again = await OpenAsync(reports.ConnectionString);
        Assert.Equal("Потрібна вода", await QueryAsync(again, "SELECT text FROM kept"));
        Assert.Equal(Path.Combine(stateFolder, ConnectionNames.Reports, "data"), await QueryAsync(again, "SHOW data_directory"));
        Assert.Equal("127.0.0.1", await QueryAsync(again, "SHOW listen_addresses"));
    }

    public void Dispose()
    {
        if (Directory.Exists(stateFolder))
        {
            Directory.Delete(stateFolder, recursive: true);
        }
    }

    private string PostmasterPid => Path.Combine(stateFolder, ConnectionNames.Reports, "data", "postmaster.pid");

    private async Task<(DistributedApplication App, bool LeftoverStopped)> StartInfrastructureAfterLeftoverAsync(
        Process leftover, string[] servers, params string[] args)
    {
        try
        {
            var app = await StartInfrastructureAsync(servers, args);
            return (app, leftover.HasExited);
        }
        finally
        {
            if (!leftover.HasExited)
            {
                leftover.Kill(entireProcessTree: true);
            }
        }
    }

    /// <summary>The AppHost's own topology in local mode, less the services: only the given servers start.</summary>
    private async Task<DistributedApplication> StartInfrastructureAsync(string[] servers, params string[] args)
    {
        var builder = await DistributedApplicationTestingBuilder.CreateAsync<Projects.AppHost>(
        [
            "--Infrastructure:Mode=local",
            $"--Infrastructure:StateFolder={stateFolder}",
            "--Infrastructure:RedisPort=0",
            "--Infrastructure:RabbitMqPort=0",
            "--Infrastructure:PostgresPort=0",
            .. args,
        ]);
        foreach (var resource in builder.Resources.Where(r => r is ProjectResource || (Servers.Contains(r.Name) && !servers.Contains(r.Name))).ToList())
        {
            builder.Resources.Remove(resource);
        }

        var app = await builder.BuildAsync();
        using var timeout = new CancellationTokenSource(StartTimeout);
        await app.StartAsync(timeout.Token);
        foreach (var server in servers)
        {
            await app.ResourceNotifications.WaitForResourceHealthyAsync(server, timeout.Token);
        }

        return app;
    }

    /// <summary>A redis-server working in the state folder, as a run that was killed would have left it.</summary>
    private async Task<Process> StartLeftoverRedisAsync()
    {
        var folder = Directory.CreateDirectory(Path.Combine(stateFolder, "redis")).FullName;
        var pidFile = Path.Combine(folder, "redis.pid");
        using var freePort = new TcpListener(IPAddress.Loopback, 0);
        freePort.Start();
        var port = Port(freePort);
        freePort.Stop();
        var process = Process.Start(new ProcessStartInfo("redis-server", ["--bind", "127.0.0.1", "--port", port.ToString(System.Globalization.CultureInfo.InvariantCulture), "--dir", folder, "--pidfile", pidFile, "--logfile", Path.Combine(folder, "leftover.log")])
        {
            WorkingDirectory = folder,
        })!;
        await Eventually.HoldsAsync(() => Task.FromResult(File.Exists(pidFile)), exists => exists);
        return process;
    }

    /// <summary>
    /// A postgres server on the state folder's database cluster, as a run that was killed would have left it, run the way
    /// the tests' PostgresServer runs its own: as the postgres user where the tests run as root.
    /// </summary>
    private async Task<Process> StartLeftoverPostgresAsync()
    {
        var folder = Path.Combine(stateFolder, ConnectionNames.Reports);
        var postgres = Directory.GetDirectories("/usr/lib/postgresql").Select(d => Path.Combine(d, "bin", "postgres")).Where(File.Exists).OrderDescending().First();
        using var freePort = new TcpListener(IPAddress.Loopback, 0);
        freePort.Start();
        var port = Port(freePort).ToString(CultureInfo.InvariantCulture);
        freePort.Stop();
        string[] server = [postgres, "-D", Path.Combine(folder, "data"), "-k", folder, "-p", port, "-c", "listen_addresses=127.0.0.1"];
        var asRoot = Environment.UserName == "root";
        var process = Process.Start(new ProcessStartInfo(asRoot ? "runuser" : postgres, asRoot ? ["-u", "postgres", "--", .. server] : server[1..])
        {
            RedirectStandardError = true,
            UseShellExecute = false,
        })!;
        process.ErrorDataReceived += (_, _) => { };
        process.BeginErrorReadLine();
        // The postmaster's pid file ends with its state: "ready" once it accepts connections.
        await Eventually.HoldsAsync(
            () => Task.FromResult(File.Exists(PostmasterPid) ? File.ReadAllText(PostmasterPid) : ""),
            pidFile => pidFile.Contains("ready", StringComparison.Ordinal));
        return process;
    }

    private static async Task<NpgsqlConnection> OpenAsync(string connectionString)
    {
        var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        return connection;
    }

    private static async Task ExecuteAsync(NpgsqlConnection connection, string sql)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }

    private static async Task<string?> QueryAsync(NpgsqlConnection connection, string sql)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        return (string?)await command.ExecuteScalarAsync();
    }

    /// <summary>A pid file naming a process that has ended.</summary>
    private void WriteStalePidFile(string server, string fileName)
    {
        using var ended = Process.Start(new ProcessStartInfo("true"))!;
        ended.WaitForExit();
        var folder = Directory.CreateDirectory(Path.Combine(stateFolder, server)).FullName;
        File.WriteAllText(Path.Combine(folder, fileName), ended.Id.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    private static int Port(TcpListener listener) => ((IPEndPoint)listener.LocalEndpoint).Port;
}
