using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;

namespace Ukc.Cli;

/// <summary>
/// Files appeals through the gateway as a citizen would, at a steady rate or as fast as the system takes them,
/// while simulated operators signed in with their own accounts take them (<c>--operators N</c>), and reports how
/// many were accepted per second and how long acceptance took.
/// </summary>
public static class LoadCommand
{
    public static async Task<int> RunAsync(CommandOptions options, TextWriter output)
    {
        var gateway = new Uri(options.Text("gateway", "http://localhost:5080"));
        if (!IPAddress.TryParse(gateway.Host, out var address) ? gateway.Host != "localhost" : !IPAddress.IsLoopback(address))
        {
            throw new ArgumentException("Load is only ever sent to this machine: --gateway must be a loopback address.");
        }

        var rate = options.Number("rate", 0);
        var duration = TimeSpan.FromSeconds(options.Number("duration", 30));
        var concurrency = (int)options.Number("concurrency", 64);
        var random = new Random((int)options.Number("seed", 1));
        var warmup = TimeSpan.FromSeconds(options.Number("warmup", 10));

        using var client = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = concurrency * 2 }) { BaseAddress = gateway };
        var operatorCount = (int)options.Number("operators", 0);
        using var stopOperators = new CancellationTokenSource();
        SimulatedOperators? operators = null;
        Task working = Task.CompletedTask;
        if (operatorCount > 0)
        {
            operators = await SimulatedOperators.SignInAsync(
                gateway, options.Text("passwords", "ukc-dev-passwords.txt"), operatorCount, TimeSpan.FromSeconds(options.Number("handle", 10)), (int)options.Number("seed", 1));
            working = operators.RunAsync(stopOperators.Token);
            await output.WriteLineAsync($"{operators.Count} operators signed in with their own accounts, handling appeals for {options.Number("handle", 10)}s on average");
        }

        if (warmup > TimeSpan.Zero)
        {
            // Freshly started services run unoptimised code for their first seconds; those are not counted.
            await output.WriteLineAsync($"Warming up for {warmup.TotalSeconds}s (not counted)");
            await FileForAsync(client, rate, warmup, concurrency, random, new LoadResults());
        }

        await output.WriteLineAsync(rate > 0
            ? $"Filing appeals at {rate}/s for {duration.TotalSeconds}s through {gateway}"
            : $"Filing appeals as fast as accepted, {concurrency} at a time, for {duration.TotalSeconds}s through {gateway}");
        var results = new LoadResults();
        var elapsed = await FileForAsync(client, rate, duration, concurrency, random, results);
        await results.ReportAsync(output, elapsed);
        await stopOperators.CancelAsync();
        await working;
        if (operators is not null)
        {
            await output.WriteLineAsync($"Operators: {operators.Accepted} appeals accepted, {operators.Resolved} resolved");
        }

        return results.Accepted > 0 ? 0 : 1;
    }

    private static async Task<TimeSpan> FileForAsync(
        HttpClient client, double rate, TimeSpan duration, int concurrency, Random random, LoadResults results)
    {
        var clock = Stopwatch.StartNew();
        if (rate > 0)
        {
            await SteadyRateAsync(client, rate, duration, concurrency * 16, random, results, clock);
        }
        else
        {
            await Task.WhenAll(Enumerable.Range(0, concurrency).Select(worker =>
                AsFastAsAcceptedAsync(client, duration, new Random(random.Next()), results, clock)));
        }

        return clock.Elapsed;
    }

    /// <summary>
    /// An open loop: each appeal is sent at its planned moment, whether or not earlier ones were answered,
    /// and its latency counts from that moment, so a stalled system cannot hide its stalls.
    /// </summary>
    private static async Task SteadyRateAsync(
        HttpClient client, double rate, TimeSpan duration, int maxInFlight, Random random, LoadResults results, Stopwatch clock)
    {
        var inFlight = new List<Task>();
        var interval = TimeSpan.FromSeconds(1 / rate);
        for (var n = 0L; ; n++)
        {
            var planned = interval * n;
            if (planned >= duration)
            {
                break;
            }

            var wait = planned - clock.Elapsed;
            if (wait > TimeSpan.Zero)
            {
                await Task.Delay(wait);
            }

            inFlight.RemoveAll(t => t.IsCompleted);
            if (inFlight.Count >= maxInFlight)
            {
                results.Dropped();
                continue;
            }

            inFlight.Add(FileAsync(client, LoadTexts.Appeal(random), results, clock, planned));
        }

        await Task.WhenAll(inFlight);
    }

    private static async Task AsFastAsAcceptedAsync(HttpClient client, TimeSpan duration, Random random, LoadResults results, Stopwatch clock)
    {
        while (clock.Elapsed < duration)
        {
            await FileAsync(client, LoadTexts.Appeal(random), results, clock, clock.Elapsed);
        }
    }

    private static async Task FileAsync(HttpClient client, object appeal, LoadResults results, Stopwatch clock, TimeSpan planned)
    {
        try
        {
            using var response = await client.PostAsJsonAsync("/api/appeals", appeal);
            results.Answered(response.StatusCode, clock.Elapsed - planned);
        }
        catch (HttpRequestException exception)
        {
            results.Failed(exception.HttpRequestError.ToString());
        }
    }
}
