using Microsoft.Extensions.Logging.Abstractions;
using Ukc.AppHost.Infrastructure;
using Ukc.ServiceDefaults.Messaging;

namespace Integration.Tests;

/// <summary>How the AppHost puts the system together, read from its model without starting anything.</summary>
public sealed class AppHostModelTests
{
    [Fact]
    public async Task Redis_in_a_container_keeps_every_write_in_the_append_only_file_synced_as_configured()
    {
        await using var builder = await DistributedApplicationTestingBuilder.CreateAsync<Projects.AppHost>(
            ["--Infrastructure:Mode=containers", "--Infrastructure:RedisAppendFsync=everysec"]);
        var redis = builder.Resources.OfType<RedisResource>().Single(r => r.Name == ConnectionNames.Redis);

        var configuration = await ExecutionConfigurationBuilder.Create(redis).WithArgumentsConfig()
            .BuildAsync(new DistributedApplicationExecutionContext(DistributedApplicationOperation.Run), NullLogger.Instance);

        var args = configuration.Arguments.Select(a => a.Value).ToList();
        Assert.Equal("yes", args[args.IndexOf("--appendonly") + 1]);
        Assert.Equal("everysec", args[args.IndexOf("--appendfsync") + 1]);
    }

    [Fact]
    public async Task Published_the_Redis_container_s_one_shell_command_carries_the_append_only_file()
    {
        await using var builder = await DistributedApplicationTestingBuilder.CreateAsync<Projects.AppHost>(["--Infrastructure:Mode=containers"]);
        var redis = builder.Resources.OfType<RedisResource>().Single(r => r.Name == ConnectionNames.Redis);

        var configuration = await ExecutionConfigurationBuilder.Create(redis).WithArgumentsConfig()
            .BuildAsync(new DistributedApplicationExecutionContext(DistributedApplicationOperation.Publish), NullLogger.Instance);

        Assert.Equal(["-c"], configuration.Arguments.SkipLast(1).Select(a => a.Value));
        Assert.EndsWith("--appendonly yes --appendfsync always", configuration.Arguments.Last().Value, StringComparison.Ordinal);
    }

    [Fact]
    public void A_process_that_keeps_dying_waits_twice_as_long_each_time_up_to_the_cap()
    {
        var backoff = new RestartBackoff();

        var delays = Enumerable.Range(0, 8).Select(_ => backoff.NextDelay(TimeSpan.FromSeconds(2)).TotalSeconds);

        Assert.Equal([1, 2, 4, 8, 16, 30, 30, 30], delays);
    }

    [Fact]
    public void A_process_that_stayed_up_a_while_before_it_died_waits_the_shortest_time_again()
    {
        var backoff = new RestartBackoff();
        for (var i = 0; i < 5; i++)
        {
            backoff.NextDelay(TimeSpan.Zero);
        }

        Assert.Equal(RestartBackoff.First, backoff.NextDelay(RestartBackoff.StableAfter));
    }
}
