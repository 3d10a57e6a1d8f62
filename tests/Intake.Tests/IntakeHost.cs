using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Time.Testing;
using StackExchange.Redis;
using Ukc.Contracts;
using Ukc.Intake.Infrastructure;
using Ukc.ServiceDefaults.Auth;

namespace Intake.Tests;

/// <summary>
/// The Intake service over HTTP on a real Redis, with a clock the test moves. Nothing runs in the background
/// (no broker, no outbox dispatcher) unless asked: the archiver when <paramref name="archiverRunning"/>. The
/// other services' events are recorded the way Intake's consumers record them.
/// </summary>
public sealed class IntakeHost : IAsyncDisposable
{
    public static readonly DateTimeOffset Start = new(2022, 3, 10, 9, 0, 0, TimeSpan.Zero);

    private readonly WebApplicationFactory<Program> factory;

    public IntakeHost(RedisServer redis, bool archiverRunning = false)
    {
        Redis = redis.Connection.GetDatabase();
        Server = redis.Connection.GetServers()[0];
        factory = new WebApplicationFactory<Program>().WithWebHostBuilder(host => host
            .UseSetting("ConnectionStrings:redis", redis.Connection.Configuration)
            .UseSetting("ConnectionStrings:messaging", "amqp://guest:guest@127.0.0.1:1/")
            .UseSetting(ServiceTokens.KeySetting, ServiceCallers.Key)
            .ConfigureTestServices(services =>
            {
                services.RemoveAll<IHostedService>();
                services.AddSingleton<TimeProvider>(Clock);
                if (archiverRunning)
                {
                    services.AddHostedService(provider => provider.GetRequiredService<AppealArchiver>());
                }
            }));
        Client = factory.CreateClient().AsSupervisor();
    }

    public FakeTimeProvider Clock { get; } = new(Start);

    public HttpClient Client { get; }

    public IDatabase Redis { get; }

    public IServer Server { get; }

    public AppealStore Store => factory.Services.GetRequiredService<AppealStore>();

    public AppealArchiver Archiver => factory.Services.GetRequiredService<AppealArchiver>();

    /// <summary>A web appeal with the citizen's phone, under an Idempotency-Key.</summary>
    public async Task<Guid> SubmitAsync(string text = "Потрібна евакуація з Харкова, мама лежача", string phone = "0671234567")
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/appeals")
        {
            Content = JsonContent.Create(new { text, channel = Channels.Web, phone, consent = true }),
        };
        request.Headers.Add("Idempotency-Key", Guid.NewGuid().ToString());
        return await AcceptedIdAsync(await Client.SendAsync(request));
    }

    /// <summary>An inbound call the PBX reports, under an Idempotency-Key.</summary>
    public async Task<Guid> ReportCallAsync(string callId, string callerNumber = "+380501112233")
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/calls")
        {
            Content = JsonContent.Create(new { callId, callerNumber, ivrChoice = "1", transcript = "Де отримати гуманітарну допомогу у Львові?" }),
        };
        request.Headers.Add("Idempotency-Key", Guid.NewGuid().ToString());
        request.Headers.Authorization = new("Bearer", ServiceCallers.Token("pbx:test", Roles.Pbx));
        return await AcceptedIdAsync(await Client.SendAsync(request));
    }

    /// <summary>What Categorization says of the appeal, recorded as <c>AppealCategorizedConsumer</c> records it.</summary>
    public Task<bool> CategorizeAsync(Guid id, string category = Categories.Evacuation, DateTimeOffset? at = null) =>
        Store.RecordEventAsync(id, AppealStatuses.Categorized, at ?? Clock.GetUtcNow(), new Dictionary<string, string>
        {
            ["category"] = category,
            ["priority"] = Priorities.High,
            ["language"] = Languages.Ukrainian,
            ["distress"] = "0.4",
            ["skills"] = $"{category},{Languages.Ukrainian}",
            ["confidence"] = "0.9",
            ["needsReview"] = "false",
        });

    public Task<bool> QueueAsync(Guid id, DateTimeOffset? at = null) =>
        Store.RecordEventAsync(id, AppealStatuses.Queued, at ?? Clock.GetUtcNow(), statusFacts: new Dictionary<string, string> { ["queue"] = "evacuation+uk" });

    public Task<bool> AssignAsync(Guid id, DateTimeOffset? at = null) =>
        Store.RecordEventAsync(id, AppealStatuses.Assigned, at ?? Clock.GetUtcNow(),
            statusFacts: new Dictionary<string, string> { ["operatorId"] = "op-1", ["routing"] = "skills" });

    public Task<bool> ResolveAsync(Guid id, DateTimeOffset? at = null) =>
        Store.RecordEventAsync(id, AppealStatuses.Resolved, at ?? Clock.GetUtcNow(),
            statusFacts: new Dictionary<string, string> { ["operatorId"] = "op-1", ["resolution"] = "advised" });

    public Task<bool> AbandonAsync(Guid id, DateTimeOffset? at = null) =>
        Store.RecordEventAsync(id, AppealStatuses.Abandoned, at ?? Clock.GetUtcNow(),
            statusFacts: new Dictionary<string, string> { ["abandonReason"] = "caller_hung_up" });

    /// <summary>A whole way: categorized, queued, assigned and resolved, a minute apart; the clock ends at the resolve.</summary>
    public async Task HandleAsync(Guid id)
    {
        foreach (var step in new Func<Guid, DateTimeOffset?, Task<bool>>[] { (i, t) => CategorizeAsync(i, at: t), QueueAsync, AssignAsync, ResolveAsync })
        {
            Clock.Advance(TimeSpan.FromMinutes(1));
            Assert.True(await step(id, null));
        }
    }

    /// <summary>
    /// Every key that names the appeal: by its name, as a member of a sorted set, or in a string's or a hash's value.
    /// The outbox is left out: its entries are gone once the broker has them, and no dispatcher runs here.
    /// </summary>
    public async Task<SortedSet<string>> KeysNamingAsync(Guid id)
    {
        var member = id.ToString("N");
        var naming = new SortedSet<string>(StringComparer.Ordinal);
        await foreach (var key in Server.KeysAsync(pattern: "*"))
        {
            var name = key.ToString();
            var names = name.Contains(member, StringComparison.Ordinal) || await Redis.KeyTypeAsync(key) switch
            {
                RedisType.SortedSet => (await Redis.SortedSetScoreAsync(key, member)).HasValue,
                RedisType.Set => await Redis.SetContainsAsync(key, member),
                RedisType.String => ((string?)await Redis.StringGetAsync(key))?.Contains(member, StringComparison.Ordinal) == true,
                RedisType.Hash => (await Redis.HashValuesAsync(key)).Any(v => v.ToString().Contains(member, StringComparison.Ordinal)),
                _ => false,
            };
            if (names && name != "{intake}:outbox")
            {
                naming.Add(name);
            }
        }

        return naming;
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await factory.DisposeAsync();
    }

    private static async Task<Guid> AcceptedIdAsync(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
    }
}
