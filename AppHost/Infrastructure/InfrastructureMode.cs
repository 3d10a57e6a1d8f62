using System.Diagnostics;

namespace Ukc.AppHost.Infrastructure;

public enum InfrastructureMode
{
    /// <summary>Containers where a container runtime answers, otherwise local processes.</summary>
    Auto,

    /// <summary>Aspire's RabbitMQ, Redis and PostgreSQL containers.</summary>
    Containers,

    /// <summary><c>rabbitmq-server</c>, <c>redis-server</c> and <c>postgres</c> processes with their data in a local state folder.</summary>
    Local,

    /// <summary>Connection strings <c>ConnectionStrings:messaging</c>, <c>ConnectionStrings:redis</c> and <c>ConnectionStrings:reports</c> from configuration.</summary>
    External,
}

public static class InfrastructureModes
{
    public static InfrastructureMode Resolve(InfrastructureMode configured) =>
        configured == InfrastructureMode.Auto
            ? ContainerRuntimeAnswers() ? InfrastructureMode.Containers : InfrastructureMode.Local
            : configured;

    private static bool ContainerRuntimeAnswers()
    {
        var runtime = Environment.GetEnvironmentVariable("ASPIRE_CONTAINER_RUNTIME") ?? "docker";
        try
        {
            using var process = Process.Start(new ProcessStartInfo(runtime, "info")
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
            });
            if (process is null)
            {
                return false;
            }

            process.StandardOutput.ReadToEndAsync();
            process.StandardError.ReadToEndAsync();
            if (!process.WaitForExit(TimeSpan.FromSeconds(10)))
            {
                process.Kill(entireProcessTree: true);
                return false;
            }

            return process.ExitCode == 0;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return false; // no such program
        }
    }
}
