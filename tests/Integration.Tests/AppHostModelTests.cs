using Microsoft.Extensions.Logging.Abstractions;
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
}
