using System.Diagnostics;
using Microsoft.Extensions.Options;

namespace Ukc.Assignment.Routing;

/// <summary>
/// Routes waiting appeals to free operators whenever <see cref="RoutingSignal"/> says something may have
/// made a match possible, and sweeps on a timer for lapsed offers, silent operators, ended wrap-ups and callbacks that are due.
/// Every replica runs one; the routing scripts keep them from stepping on each other.
/// </summary>
public sealed class RoutingLoop(
    AppealQueues queues, Offers offers, Operators operators, RoutingSignal signal, IOptions<AssignmentOptions> options,
    ILogger<RoutingLoop> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var clock = Stopwatch.StartNew();
        var nextSweep = TimeSpan.Zero;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                // A signal asks for a match; the sweeps are on the timer, however many signals come in between.
                if (clock.Elapsed >= nextSweep)
                {
                    nextSweep = clock.Elapsed + options.Value.SweepInterval;
                    await offers.ExpireLapsedAsync();
                    await operators.DropSilentAsync();
                    await operators.EndWrapUpsAsync();
                    await queues.ReleaseDueCallbacksAsync();
                }

                await MatchWhilePossibleAsync(stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // Redis restarting: every step is atomic there, so the next pass picks up where this one stopped.
                logger.LogWarning(e, "Routing pass failed; retrying at the next sweep");
            }

            try
            {
                var untilSweep = nextSweep - clock.Elapsed;
                await signal.WaitAsync(untilSweep > TimeSpan.Zero ? untilSweep : TimeSpan.Zero, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    private async Task MatchWhilePossibleAsync(CancellationToken stoppingToken)
    {
        // One decision a step, so that other replicas' steps come in between.
        var matched = true;
        while (matched && !stoppingToken.IsCancellationRequested)
        {
            matched = (await offers.MatchNextAsync()).Count > 0;
        }
    }
}
