using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Ukc.Cli;

/// <summary>
/// Operators at work while the load runs, each signed in with their own account as a console would be: available,
/// a heartbeat every few seconds, offers taken from their stream, each accepted after a think time around
/// <c>--think</c> and resolved after a handle time around <c>--handle</c>, now and then a break, and offline at the end.
/// </summary>
public sealed class SimulatedOperators(IReadOnlyList<(string Id, HttpClient Client)> operators, TimeSpan think, TimeSpan handle, int seed)
{
    private static readonly TimeSpan HeartbeatEvery = TimeSpan.FromSeconds(5);

    /// <summary>After one appeal in twenty the operator takes a break as long as an appeal takes.</summary>
    private const double BreakChance = 0.05;

    private int accepted;
    private int resolved;

    public int Count => operators.Count;

    public int Accepted => accepted;

    public int Resolved => resolved;

    /// <summary>Signs in the first <paramref name="count"/> operators of <paramref name="passwordFile"/> (<c>id password</c> a line, as <c>ukc seed</c> writes it).</summary>
    public static async Task<SimulatedOperators> SignInAsync(Uri gateway, string passwordFile, int count, TimeSpan think, TimeSpan handle, int seed)
    {
        var accounts = File.ReadLines(passwordFile)
            .Select(line => line.Split(' ', 2, StringSplitOptions.TrimEntries))
            .Where(pair => pair.Length == 2 && pair[0] != SeedCommand.Supervisor)
            .Take(count)
            .ToList();
        if (accounts.Count < count)
        {
            throw new ArgumentException($"{passwordFile} has {accounts.Count} operators' passwords, fewer than --operators {count}.");
        }

        var clients = await Task.WhenAll(accounts.Select(async a => (a[0], await GatewaySession.SignInAsync(gateway, a[0], a[1]))));
        return new SimulatedOperators(clients, think, handle, seed);
    }

    public Task RunAsync(CancellationToken stop) =>
        Task.WhenAll(operators.Select((op, i) => WorkAsync(op.Id, op.Client, new Random(seed + i), stop)));

    private async Task WorkAsync(string id, HttpClient client, Random random, CancellationToken stop)
    {
        try
        {
            // The stream first, as a console opens it: every offer made once the operator is available comes on it.
            using var stream = new StreamReader(await client.GetStreamAsync($"/api/operators/{id}/offers", stop));
            (await client.PutAsJsonAsync($"/api/operators/{id}/presence", new { presence = "available" }, stop)).EnsureSuccessStatusCode();
            using var heartbeats = new PeriodicTimer(HeartbeatEvery);
            var beating = HeartbeatAsync(id, client, heartbeats, stop);
            await TakeOffersAsync(id, client, stream, random, stop);
            await beating;
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested)
        {
            // The run is over.
        }
        finally
        {
            await client.PutAsJsonAsync($"/api/operators/{id}/presence", new { presence = "offline" }, CancellationToken.None);
        }
    }

    private static async Task HeartbeatAsync(string id, HttpClient client, PeriodicTimer timer, CancellationToken stop)
    {
        while (await timer.WaitForNextTickAsync(stop))
        {
            await client.PostAsync($"/api/operators/{id}/heartbeat", null, stop);
        }
    }

    /// <summary>Reads the operator's server-sent events; each offer is accepted, handled and resolved before the next is read.</summary>
    private async Task TakeOffersAsync(string id, HttpClient client, StreamReader stream, Random random, CancellationToken stop)
    {
        string? kind = null;
        while (await stream.ReadLineAsync(stop) is { } line)
        {
            if (line.StartsWith("event: ", StringComparison.Ordinal))
            {
                kind = line["event: ".Length..];
            }
            else if (kind == "offer" && line.StartsWith("data: ", StringComparison.Ordinal))
            {
                var appeal = JsonDocument.Parse(line["data: ".Length..]).RootElement.GetProperty("appealId").GetGuid();
                await HandleAsync(id, client, appeal, random, stop);
            }
        }
    }

    private async Task HandleAsync(string id, HttpClient client, Guid appeal, Random random, CancellationToken stop)
    {
        await Task.Delay(Around(think, random), stop);
        using var accept = await client.PostAsync($"/api/operators/{id}/offers/{appeal}/accept", null, stop);
        if (accept.StatusCode != HttpStatusCode.OK)
        {
            return; // The offer lapsed or went to someone else while the operator finished the last one.
        }

        Interlocked.Increment(ref accepted);
        await Task.Delay(Around(handle, random), stop);
        using var resolve = await client.PostAsJsonAsync($"/api/operators/{id}/appeals/{appeal}/resolve", new { resolution = "consulted" }, stop);
        if (resolve.IsSuccessStatusCode)
        {
            Interlocked.Increment(ref resolved);
        }

        if (random.NextDouble() < BreakChance)
        {
            await SetPresenceAsync(id, client, "break", stop);
            await Task.Delay(Around(handle, random), stop);
            await SetPresenceAsync(id, client, "available", stop);
        }
    }

    /// <summary>Operators' times are roughly exponential around their mean.</summary>
    private static TimeSpan Around(TimeSpan mean, Random random) => mean * -Math.Log(1 - random.NextDouble());

    private static async Task SetPresenceAsync(string id, HttpClient client, string presence, CancellationToken stop)
    {
        // After a resolve the operator is in wrap-up; a break or a return is taken once that is over.
        for (var tries = 0; tries < 60; tries++)
        {
            using var response = await client.PutAsJsonAsync($"/api/operators/{id}/presence", new { presence }, stop);
            if (response.IsSuccessStatusCode)
            {
                return;
            }

            await Task.Delay(TimeSpan.FromSeconds(1), stop);
        }
    }
}
