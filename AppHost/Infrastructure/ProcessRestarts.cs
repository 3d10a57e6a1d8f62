using System.Collections.Immutable;
using System.Globalization;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Ukc.AppHost.Infrastructure;

/// <summary>Marks a resource whose process the AppHost starts again when it dies, as an orchestrator would in production.</summary>
internal sealed class RestartOnExitAnnotation : IResourceAnnotation;

public static class ProcessRestartExtensions
{
    public static IResourceBuilder<T> WithRestartOnExit<T>(this IResourceBuilder<T> resource) where T : IResource
    {
        resource.ApplicationBuilder.Services.TryAddEnumerable(ServiceDescriptor.Singleton<IHostedService, ProcessRestarter>());
        return resource.WithAnnotation(new RestartOnExitAnnotation(), ResourceAnnotationMutationBehavior.Replace);
    }
}

/// <summary>
/// Starts a resource's process again, through the same start command as the dashboard's button, when it exits without
/// having been asked to stop, after a <see cref="RestartBackoff"/>; the dashboard shows how often and when it did.
/// </summary>
/// <remarks>
/// A stop asked for (the dashboard's stop or restart, a test's stop command, the AppHost shutting down) takes the
/// process from Running through Stopping; a process that dies by itself goes from Running straight to an end state.
/// </remarks>
internal sealed class ProcessRestarter(
    ResourceNotificationService notifications,
    ResourceCommandService commands,
    ResourceLoggerService resourceLogs,
    IHostApplicationLifetime lifetime,
    ILogger<ProcessRestarter> logger) : BackgroundService
{
    public const string RestartsProperty = "Restarts";
    public const string LastRestartProperty = "Last restart";

    /// <summary>What the restarter knows of each process (each replica is one), by resource id; only its loop touches it.</summary>
    private readonly Dictionary<string, WatchedProcess> processes = [];

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            await foreach (var change in notifications.WatchAsync(stoppingToken))
            {
                if (!change.Resource.HasAnnotationOfType<RestartOnExitAnnotation>())
                {
                    continue;
                }

                if (!processes.TryGetValue(change.ResourceId, out var process))
                {
                    processes[change.ResourceId] = process = new WatchedProcess();
                }

                var state = change.Snapshot.State?.Text;
                var previous = process.State;
                process.State = state;
                if (previous == KnownResourceStates.Running && IsEnd(state) && !lifetime.ApplicationStopping.IsCancellationRequested)
                {
                    _ = RestartAsync(change, process, stoppingToken);
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }

    private async Task RestartAsync(ResourceEvent died, WatchedProcess process, CancellationToken stoppingToken)
    {
        var snapshot = died.Snapshot;
        var upFor = snapshot.StopTimeStamp - snapshot.StartTimeStamp ?? TimeSpan.Zero;
        var delay = process.Backoff.NextDelay(upFor);
        var log = resourceLogs.GetLogger(died.ResourceId);
        log.LogWarning("The process exited by itself with code {ExitCode}; starting it again in {Delay}", snapshot.ExitCode, delay);
        try
        {
            await Task.Delay(delay, stoppingToken);
            // Started from the dashboard meanwhile, or the AppHost is shutting down: nothing to do.
            if (lifetime.ApplicationStopping.IsCancellationRequested
                || !notifications.TryGetCurrentState(died.ResourceId, out var now) || !IsEnd(now.Snapshot.State?.Text))
            {
                return;
            }

            process.Restarts++;
            var restarts = process.Restarts;
            var at = DateTime.UtcNow;
            await notifications.PublishUpdateAsync(died.Resource, died.ResourceId, s => s with
            {
                Properties = s.Properties
                    .With(RestartsProperty, restarts)
                    .With(LastRestartProperty, at.ToString("u", CultureInfo.InvariantCulture)),
            });
            log.LogWarning("Starting the process again (restart {Restarts})", restarts);
            var started = await commands.ExecuteCommandAsync(died.ResourceId, KnownResourceCommands.StartCommand, stoppingToken);
            if (!started.Success)
            {
                log.LogError("Could not start the process again: {Error}", started.Message);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
        catch (Exception exception)
        {
            logger.LogError(exception, "Restarting {Resource} failed", died.ResourceId);
        }
    }

    private static bool IsEnd(string? state) => state == KnownResourceStates.Finished || state == KnownResourceStates.Exited;

    private sealed class WatchedProcess
    {
        public string? State { get; set; }

        public RestartBackoff Backoff { get; } = new();

        public int Restarts { get; set; }
    }
}

internal static class ResourceProperties
{
    public static ImmutableArray<ResourcePropertySnapshot> With(this ImmutableArray<ResourcePropertySnapshot> properties, string name, object value) =>
        [.. properties.Where(p => p.Name != name), new ResourcePropertySnapshot(name, value)];
}
