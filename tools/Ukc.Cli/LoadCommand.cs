using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using Ukc.Contracts;

namespace Ukc.Cli;

/// <summary>
/// Files appeals through the gateway as citizens would, on a schedule (steady, a hotline's day, a surge) or as fast as
/// the system takes them, while simulated operators take them, and follows every accepted appeal the whole way: how
/// long each stage took from the moment the appeal was due, how many got through end to end per second, and whether
/// any was lost or given to two operators. Beside it, the raw broker's rate measured in the same run.
/// </summary>
public static class LoadCommand
{
    public static async Task<int> RunAsync(CommandOptions options, TextWriter output, TextWriter progress)
    {
        var gateway = Loopback(new Uri(options.Text("gateway", "http://localhost:5080")));
        var rate = options.Number("rate", 0);
        var profile = options.Text("profile", LoadSchedule.Steady);
        var duration = options.Duration("duration", TimeSpan.FromSeconds(30));
        var concurrency = (int)options.Number("concurrency", 64);
        var seed = (int)options.Number("seed", 1);
        var warmup = options.Duration("warmup", TimeSpan.FromSeconds(10));
        var json = options.Flag("json");
        var report = json ? progress : output;
        if (rate <= 0 && profile != LoadSchedule.Steady)
        {
            throw new ArgumentException($"--profile {profile} needs --rate: the mean rate of the day, or the rate a surge multiplies.");
        }

        // The admin reads each appeal's timeline afterwards; signing in first fails fast on a wrong password.
        using var admin = await GatewaySession.AsAdminAsync(gateway, options.Text("admin-password"));
        var brokerSeconds = options.Duration("broker-seconds", TimeSpan.FromSeconds(5));
        double? brokerRate = null;
        if (brokerSeconds > TimeSpan.Zero)
        {
            brokerRate = await BrokerBench.MeasureAsync(new Uri(options.Text("broker", BrokerBench.DevelopmentBroker)), brokerSeconds);
            await report.WriteLineAsync($"raw broker: {brokerRate:0} persistent, confirmed messages per second ({brokerSeconds.TotalSeconds}s)");
        }

        using var client = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = concurrency * 2 }) { BaseAddress = gateway };
        var operatorCount = (int)options.Number("operators", 0);
        using var stopOperators = new CancellationTokenSource();
        SimulatedOperators? operators = null;
        var working = Task.CompletedTask;
        if (operatorCount > 0)
        {
            var handle = options.Duration("handle", TimeSpan.FromSeconds(10));
            operators = await SimulatedOperators.SignInAsync(
                gateway, options.Text("passwords", "ukc-dev-passwords.txt"), operatorCount, options.Duration("think", TimeSpan.FromSeconds(2)), handle, seed);
            working = operators.RunAsync(stopOperators.Token);
            await report.WriteLineAsync($"{operators.Count} operators signed in with their own accounts, handling appeals for {handle.TotalSeconds}s on average");
        }

        var random = new Random(seed);
        if (warmup > TimeSpan.Zero)
        {
            // Freshly started services run unoptimised code for their first seconds; those are not counted.
            await report.WriteLineAsync($"Warming up for {warmup.TotalSeconds}s (not counted)");
            await FileAsync(client, rate > 0 ? LoadSchedule.Build(LoadSchedule.Steady, rate, warmup) : null, warmup, concurrency, random, new LoadResults(), progress);
        }

        await report.WriteLineAsync(rate > 0
            ? $"Filing appeals ({profile}, {rate}/s) for {duration.TotalSeconds}s through {gateway}"
            : $"Filing appeals as fast as accepted, {concurrency} at a time, for {duration.TotalSeconds}s through {gateway}");
        var results = new LoadResults();
        var start = DateTimeOffset.UtcNow;
        await FileAsync(client, rate > 0 ? LoadSchedule.Build(profile, rate, duration) : null, duration, concurrency, random, results, progress);

        var journeys = await new AppealJourneys(admin, progress).FollowAsync(results.Accepted, options.Duration("settle", TimeSpan.FromSeconds(60)));
        await stopOperators.CancelAsync();
        await working;

        var outcome = LoadReport.Of(profile, rate, duration, operators?.Count ?? 0, results, journeys, start, brokerRate);
        await outcome.WriteAsync(report);
        if (operators is not null)
        {
            await report.WriteLineAsync($"operators: {operators.Accepted} appeals accepted, {operators.Resolved} resolved");
        }

        if (json)
        {
            await output.WriteLineAsync(outcome.ToJson());
        }

        return outcome.Accepted > 0 && outcome.Lost == 0 && outcome.AssignedTwice == 0 ? 0 : 1;
    }

    private static Uri Loopback(Uri gateway) =>
        (IPAddress.TryParse(gateway.Host, out var ip) ? IPAddress.IsLoopback(ip) : gateway.Host == "localhost")
            ? gateway
            : throw new ArgumentException("Load is only ever sent to this machine: --gateway must be a loopback address.");

    /// <param name="schedule">When each appeal is due; none means as fast as accepted, <paramref name="concurrency"/> at a time.</param>
    private static async Task FileAsync(
        HttpClient client, IReadOnlyList<TimeSpan>? schedule, TimeSpan duration, int concurrency, Random random, LoadResults results, TextWriter progress)
    {
        var start = DateTimeOffset.UtcNow;
        var clock = Stopwatch.StartNew();
        using var stopProgress = new CancellationTokenSource();
        var reporting = ProgressAsync(results, clock, progress, stopProgress.Token);
        if (schedule is not null)
        {
            await OnScheduleAsync(client, schedule, concurrency * 16, random, results, clock, start);
        }
        else
        {
            await Task.WhenAll(Enumerable.Range(0, concurrency).Select(_ => AsFastAsAcceptedAsync(client, duration, new Random(random.Next()), results, clock, start)));
        }

        await stopProgress.CancelAsync();
        await reporting;
    }

    /// <summary>
    /// An open loop: each appeal is sent at its planned moment, whether or not earlier ones were answered,
    /// and its latency counts from that moment, so a stalled system cannot hide its stalls.
    /// </summary>
    private static async Task OnScheduleAsync(
        HttpClient client, IReadOnlyList<TimeSpan> schedule, int maxInFlight, Random random, LoadResults results, Stopwatch clock, DateTimeOffset start)
    {
        var inFlight = new List<Task>();
        foreach (var due in schedule)
        {
            var wait = due - clock.Elapsed;
            if (wait > TimeSpan.Zero)
            {
                await Task.Delay(wait);
            }

            inFlight.RemoveAll(t => t.IsCompleted);
            if (inFlight.Count >= maxInFlight)
            {
                results.CouldNotSend();
                continue;
            }

            inFlight.Add(SendAsync(client, LoadTexts.Appeal(random), results, start + due, clock, start));
        }

        await Task.WhenAll(inFlight);
    }

    private static async Task AsFastAsAcceptedAsync(HttpClient client, TimeSpan duration, Random random, LoadResults results, Stopwatch clock, DateTimeOffset start)
    {
        while (clock.Elapsed < duration)
        {
            await SendAsync(client, LoadTexts.Appeal(random), results, start + clock.Elapsed, clock, start);
        }
    }

    private static async Task SendAsync(HttpClient client, object appeal, LoadResults results, DateTimeOffset due, Stopwatch clock, DateTimeOffset start)
    {
        results.Sending();
        try
        {
            using var response = await client.PostAsJsonAsync("/api/appeals", appeal);
            var accepted = response.StatusCode == HttpStatusCode.Accepted ? await response.Content.ReadFromJsonAsync<AppealAccepted>() : null;
            results.Answered(response.StatusCode, accepted is null ? null : new FiledAppeal(accepted.Id, due, start + clock.Elapsed));
        }
        catch (HttpRequestException exception)
        {
            results.Failed(exception.HttpRequestError.ToString());
        }
    }

    /// <summary>A live line on a terminal, a line every five seconds in a log.</summary>
    private static async Task ProgressAsync(LoadResults results, Stopwatch clock, TextWriter progress, CancellationToken stop)
    {
        var live = !Console.IsErrorRedirected && progress == Console.Error;
        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(live ? 1 : 5));
        try
        {
            while (await timer.WaitForNextTickAsync(stop))
            {
                var line = $"{clock.Elapsed.TotalSeconds,5:0}s  sent {results.Sent}  accepted {results.Accepted.Count}  errors {results.ErrorCount}  not sent {results.Dropped}";
                await (live ? progress.WriteAsync($"\r{line}   ") : progress.WriteLineAsync(line));
            }
        }
        catch (OperationCanceledException)
        {
            // Filing is over.
        }

        if (live)
        {
            await progress.WriteLineAsync();
        }
    }
}
