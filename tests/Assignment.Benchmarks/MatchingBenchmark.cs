using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using Perfolizer.Mathematics.OutlierDetection;
using StackExchange.Redis;
using Ukc.Assignment;
using Ukc.Assignment.Routing;
using Ukc.Contracts;
using Ukc.ServiceDefaults.Messaging;

namespace Assignment.Benchmarks;

/// <summary>
/// One routing decision (the match script) against a realistic floor: 5,000 appeals waiting across the
/// queues of every skill set, 500 operators with mixed skills. Each decision is timed on its own so the
/// percentiles are per decision; between decisions the operator handles the appeal and a new one arrives,
/// so the floor stays the same size.
/// </summary>
[Config(typeof(PerDecision))]
public class MatchingBenchmark
{
    public const int QueuedAppeals = 5_000;
    public const int Operators = 500;

    private readonly Random random = new(7);
    private IConnectionMultiplexer redis = null!;
    private AppealQueues queues = null!;
    private Offers offers = null!;
    private RoutingChange? lastOffer;

    [GlobalSetup]
    public void Setup()
    {
        var address = Environment.GetEnvironmentVariable("UKC_BENCH_REDIS") ?? "127.0.0.1:6399";
        redis = ConnectionMultiplexer.Connect($"{address},allowAdmin=true");
        redis.GetServers()[0].FlushDatabase();
        var options = Microsoft.Extensions.Options.Options.Create(
            new AssignmentOptions { WrapUp = TimeSpan.Zero, CallbackThreshold = TimeSpan.MaxValue });
        var outbox = new Outbox(redis, OutboxStream.For(RedisKeys.Outbox, typeof(AppealQueued).Assembly, "benchmark"), new OutboxSignal());
        var scripts = new RoutingScripts(redis, TimeProvider.System, outbox, new RoutingSignal());
        queues = new AppealQueues(redis, scripts, TimeProvider.System, options);
        offers = new Offers(redis, scripts, options);
        var operators = new Operators(redis, scripts, options);
        for (var i = 0; i < Operators; i++)
        {
            var id = $"op-{i:000}";
            operators.FollowRosterAsync(new OperatorRosterChanged(id, id, OperatorSkills(), "kyiv_city", false, false, DateTimeOffset.UtcNow)).GetAwaiter().GetResult();
            operators.SetOwnPresenceAsync(id, Presence.Available).GetAwaiter().GetResult();
        }

        for (var i = 0; i < QueuedAppeals; i++)
        {
            EnqueueAppeal();
        }
    }

    [IterationSetup]
    public void HandleLastOffer()
    {
        if (lastOffer is { } offer)
        {
            offers.AcceptAsync(offer.OperatorId!, offer.Appeal).GetAwaiter().GetResult();
            offers.ResolveAsync(offer.Appeal, offer.OperatorId!, "advised").GetAwaiter().GetResult();
            EnqueueAppeal();
        }
    }

    [Benchmark]
    public async Task<int> Decide()
    {
        var decision = await offers.MatchNextAsync();
        lastOffer = decision.SingleOrDefault(c => c.Kind == RoutingChangeKind.Offered);
        return decision.Count;
    }

    [GlobalCleanup]
    public void Cleanup() => redis.Dispose();

    private void EnqueueAppeal()
    {
        var category = Categories.All[random.Next(Categories.All.Count)];
        var language = random.NextDouble() switch { < 0.75 => "uk", < 0.9 => "ru", _ => "en" };
        List<string> skills = [category, language];
        if (random.NextDouble() < 0.2)
        {
            skills.Add(Skills.PsychologicalFirstAid);
        }

        var now = DateTimeOffset.UtcNow;
        queues.EnqueueAsync(new AppealCategorized(
            Guid.NewGuid(), Channels.Web, category, Priorities.All[random.Next(4)], 0, language, skills, 0.9, false, now, now)).GetAwaiter().GetResult();
    }

    private List<OperatorSkill> OperatorSkills()
    {
        var skills = Categories.All.OrderBy(_ => random.Next()).Take(4).Select(c => new OperatorSkill(c, 2)).ToList();
        skills.Add(new("uk", 3));
        if (random.NextDouble() < 0.6) skills.Add(new("ru", 2));
        if (random.NextDouble() < 0.2) skills.Add(new("en", 2));
        if (random.NextDouble() < 0.25) skills.Add(new(Skills.PsychologicalFirstAid, 2));
        return skills;
    }

    private sealed class PerDecision : ManualConfig
    {
        public PerDecision() =>
            AddJob(Job.Default.WithInvocationCount(1).WithUnrollFactor(1).WithWarmupCount(200).WithIterationCount(5_000).WithOutlierMode(OutlierMode.DontRemove).WithId("per-decision"));
    }
}
