using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using StackExchange.Redis;
using Ukc.ServiceDefaults.Messaging;

namespace Integration.Tests;

public sealed class LocalInfrastructureTests : IDisposable
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromMinutes(2);
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

        var (app, leftoverStopped) = await StartInfrastructureAfterLeftoverAsync(leftoverRedis,
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
        await using (var first = await StartInfrastructureAsync(redisOnly: true))
        {
            using var connection = await ConnectionMultiplexer.ConnectAsync((await first.GetConnectionStringAsync(ConnectionNames.Redis))!);
            await connection.GetDatabase().StringSetAsync("intake:appeal:kept", "Потрібна вода");
            await first.StopAsync();
        }

        await using var second = await StartInfrastructureAsync(redisOnly: true);
        using var again = await ConnectionMultiplexer.ConnectAsync((await second.GetConnectionStringAsync(ConnectionNames.Redis))!);
        Assert.Equal("Потрібна вода", (string?)await again.GetDatabase().StringGetAsync("intake:appeal:kept"));
    }

    public void Dispose()
    {
        if (Directory.Exists(stateFolder))
        {
            Directory.Delete(stateFolder, recursive: true);
        }
    }

    private Task<DistributedApplication> StartInfrastructureAsync(params string[] args) => StartInfrastructureAsync(false, args);

    private async Task<(DistributedApplication App, bool LeftoverStopped)> StartInfrastructureAfterLeftoverAsync(Process leftover, params string[] args)
    {
        try
        {
            var app = await StartInfrastructureAsync(args);
            return (app, leftover.HasExited);
        }
        finally
        {
            if (!leftover.HasExited)
            {
                leftover.Kill();
            }
        }
    }

    /// <summary>The AppHost's own topology in local mode, less the services: only RabbitMQ and Redis start.</summary>
    private async Task<DistributedApplication> StartInfrastructureAsync(bool redisOnly, params string[] args)
    {
        var builder = await DistributedApplicationTestingBuilder.CreateAsync<Projects.AppHost>(
        [
            "--Infrastructure:Mode=local",
            $"--Infrastructure:StateFolder={stateFolder}",
            "--Infrastructure:RedisPort=0",
            "--Infrastructure:RabbitMqPort=0",
            .. args,
        ]);
        foreach (var resource in builder.Resources.Where(r => r is ProjectResource || (redisOnly && r.Name == "messaging")).ToList())
        {
            builder.Resources.Remove(resource);
        }

        var app = await builder.BuildAsync();
        using var timeout = new CancellationTokenSource(StartTimeout);
        await app.StartAsync(timeout.Token);
        await app.ResourceNotifications.WaitForResourceHealthyAsync("redis", timeout.Token);
        if (!redisOnly)
        {
            await app.ResourceNotifications.WaitForResourceHealthyAsync("messaging", timeout.Token);
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
