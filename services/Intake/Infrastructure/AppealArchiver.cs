using Microsoft.Extensions.Options;

namespace Ukc.Intake.Infrastructure;

/// <summary>
/// Keeps Intake's Redis to the live floor: appeals closed longer than <see cref="IntakeOptions.LiveRetention"/> ago
/// move out, for Reporting keeps their full record and timeline. It looks at start and then every
/// <see cref="IntakeOptions.ArchiveInterval"/> on the injected clock, and archives in batches of <see cref="BatchSize"/>,
/// each one atomic step, so that Redis is never held for long. Every replica runs one; a batch takes the appeals it
/// archives, so two replicas never archive one twice.
/// </summary>
public sealed class AppealArchiver(AppealStore store, TimeProvider time, IOptions<IntakeOptions> options, ILogger<AppealArchiver> logger)
    : BackgroundService
{
    public const int BatchSize = 200;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var interval = options.Value.ArchiveInterval;
        using var timer = new PeriodicTimer(interval, time);
        try
        {
            do
            {
                try
                {
                    await ArchiveDueAsync(stoppingToken);
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    // Redis restarting: each batch is atomic, so the next pass picks up where this one stopped.
                    logger.LogWarning(e, "Archiving closed appeals failed; trying again in {Interval}", interval);
                }
            }
            while (await timer.WaitForNextTickAsync(stoppingToken));
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // The service is stopping.
        }
    }

    /// <summary>Archives every appeal that closed longer than <see cref="IntakeOptions.LiveRetention"/> ago.</summary>
    /// <returns>How many appeals were archived.</returns>
    public async Task<long> ArchiveDueAsync(CancellationToken cancellationToken = default)
    {
        var closedBefore = time.GetUtcNow() - options.Value.LiveRetention;
        long archived = 0;
        int taken;
        do
        {
            cancellationToken.ThrowIfCancellationRequested();
            (taken, var count) = await store.ArchiveClosedAsync(closedBefore, BatchSize);
            archived += count;
        }
        while (taken == BatchSize);

        if (archived > 0)
        {
            logger.LogInformation("Archived {Count} appeals closed before {ClosedBefore:O}; Reporting keeps them", archived, closedBefore);
        }

        return archived;
    }
}
