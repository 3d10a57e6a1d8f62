using System.Diagnostics;

namespace Ukc.AppHost.Infrastructure;

public enum InfrastructureMode
{
    /// <summary>Aspire's RabbitMQ and Redis containers.</summary>
    Containers,

    /// <summary><c>rabbitmq-server</c> and <c>redis-server</c> processes with their data in a local state folder.</summary>
    Local,

    /// <summary>Connection strings <c>ConnectionStrings:messaging</c> and <c>ConnectionStrings:redis</c> from configuration.</summary>
    External,
}

public static class InfrastructureModes
{
    /// <summary>Reads <c>auto | containers | local | external</c>; auto picks containers only where a container runtime answers.</summary>
    public static InfrastructureMode Resolve(string? configured) => (configured ?? "auto").Trim().ToLowerInvariant() switch
    {
        "auto" or "" => ContainerRuntimeAnswers() ? InfrastructureMode.Containers : InfrastructureMode.Local,
        "containers" => InfrastructureMode.Containers,
        "local" => InfrastructureMode.Local,
        "external" => InfrastructureMode.External,
        var other => throw new InvalidOperationException(
            $"Infrastructure:Mode '{other}' is not one of auto, containers, local, external."),
    };

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
