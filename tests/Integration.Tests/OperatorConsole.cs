using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using MassTransit;
using Ukc.Contracts;

namespace Integration.Tests;

/// <summary>
/// An operator at their console, as a test drives one through the gateway: on the roster with every
/// skill, sends heartbeats, takes every offer and resolves it at once, except the appeals they are
/// told to keep in hand; or falls silent, as in a power cut.
/// </summary>
public sealed class OperatorConsole : IAsyncDisposable
{
    private readonly HttpClient gateway;
    private readonly CancellationTokenSource stop = new();
    private Task? work;

    private OperatorConsole(HttpClient gateway, string id)
    {
        this.gateway = gateway;
        Id = id;
    }

    public string Id { get; }

    /// <summary>The appeals this operator accepted, in order.</summary>
    public ConcurrentQueue<Guid> Accepted { get; } = new();

    /// <summary>Appeals to keep in hand once accepted, instead of resolving them.</summary>
    public ConcurrentDictionary<Guid, bool> Keep { get; } = new();

    /// <summary>Stop everything, heartbeats included: the power went out.</summary>
    public bool Silent { get; set; }

    public static IReadOnlyList<OperatorSkill> EverySkill { get; } =
        [.. Categories.All.Concat(Languages.All).Append(Skills.PsychologicalFirstAid).Select(s => new OperatorSkill(s, 2))];

    /// <summary>Puts an operator with every skill on the roster, as Staffing would, and waits until Assignment knows them.</summary>
    public static async Task JoinRosterAsync(UkcSystem system, string id, string? name = null)
    {
        await system.Bus.Publish(new OperatorRosterChanged(id, name ?? $"Оператор {id}", EverySkill, "kyiv_city", false, false, DateTimeOffset.UtcNow));
        await KnownToAssignmentAsync(system, id);
    }

    private static Task KnownToAssignmentAsync(UkcSystem system, string id) =>
        Eventually.HoldsAsync(() => system.Gateway.GetAsync($"/api/operators/{id}"), r => r.StatusCode == HttpStatusCode.OK);

    /// <summary>
    /// Logs the operator in and starts their work; puts them on the roster first unless <paramref name="onRoster"/>
    /// says Staffing has them already.
    /// </summary>
    public static async Task<OperatorConsole> StartAsync(UkcSystem system, string id, bool onRoster = false)
    {
        await (onRoster ? KnownToAssignmentAsync(system, id) : JoinRosterAsync(system, id));
        var console = new OperatorConsole(await system.OperatorAsync(id), id);
        var available = await console.gateway.PutAsJsonAsync($"/api/operators/{id}/presence", new { presence = Presence.Available });
        Assert.Equal(HttpStatusCode.OK, available.StatusCode);
        console.work = console.WorkAsync();
        return console;
    }

    /// <summary>
    /// Operators answer whatever other tests left waiting, until every queue is empty, so that the next appeal offered
    /// is the one the test files and its operators are free.
    /// </summary>
    public static async Task AnswerWhatWaitsAsync(UkcSystem system, int operators = 8)
    {
        var run = Guid.NewGuid().ToString("N")[..6];
        var consoles = new List<OperatorConsole>();
        try
        {
            for (var i = 0; i < operators; i++)
            {
                consoles.Add(await StartAsync(system, $"drain-{run}-{i}"));
            }

            await Eventually.HoldsAsync(
                () => system.Gateway.GetFromJsonAsync<List<QueueState>>("/api/assignments/queues"), queues => queues!.All(q => q.Waiting == 0),
                TimeSpan.FromMinutes(2));
        }
        finally
        {
            foreach (var console in consoles)
            {
                await console.DisposeAsync();
            }
        }
    }

    public async Task<string> PresenceAsync() =>
        (await gateway.GetFromJsonAsync<JsonElement>($"/api/operators/{Id}")).GetProperty("presence").GetString()!;

    private async Task WorkAsync()
    {
        while (!stop.IsCancellationRequested)
        {
            try
            {
                if (!Silent)
                {
                    await TakeOfferAsync();
                }

                await Task.Delay(TimeSpan.FromMilliseconds(200), stop.Token);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    private async Task TakeOfferAsync()
    {
        await gateway.PostAsync($"/api/operators/{Id}/heartbeat", null, stop.Token);
        var offer = await gateway.GetAsync($"/api/operators/{Id}/offer", stop.Token);
        if (offer.StatusCode != HttpStatusCode.OK)
        {
            return;
        }

        var appeal = (await offer.Content.ReadFromJsonAsync<JsonElement>(stop.Token)).GetProperty("appealId").GetGuid();
        var accepted = await gateway.PostAsync($"/api/operators/{Id}/offers/{appeal}/accept", null, stop.Token);
        if (accepted.StatusCode != HttpStatusCode.OK)
        {
            return;
        }

        Accepted.Enqueue(appeal);
        if (!Keep.ContainsKey(appeal))
        {
            var resolved = await gateway.PostAsJsonAsync(
                $"/api/operators/{Id}/appeals/{appeal}/resolve", new { resolution = "consulted" }, stop.Token);
            Assert.Equal(HttpStatusCode.OK, resolved.StatusCode);
        }
    }

    /// <summary>Stops work and logs the operator off, so that later tests do not route to them.</summary>
    public async ValueTask DisposeAsync()
    {
        await stop.CancelAsync();
        if (work is not null)
        {
            await work;
        }

        await gateway.PutAsJsonAsync($"/api/operators/{Id}/presence", new { presence = Presence.Offline });
        stop.Dispose();
    }
}
