using Microsoft.Extensions.Time.Testing;
using Ukc.Assignment;
using Ukc.ServiceDefaults.Messaging;
using Ukc.Assignment.Routing;
using Ukc.Contracts;

namespace Assignment.Tests;

/// <summary>
/// Routing on a real Redis with a clock the test moves: operators from a roster, appeals as
/// Categorization would send them, and the routing steps the service runs.
/// </summary>
public sealed class RoutingFloor
{
    public static readonly DateTimeOffset Start = new(2022, 3, 1, 8, 0, 0, TimeSpan.Zero);

    public RoutingFloor(RedisServer redis, AssignmentOptions? options = null)
    {
        Options = options ?? new AssignmentOptions { WrapUp = TimeSpan.Zero };
        Outbox = RoutingOutbox(redis.Connection);
        Scripts = Routing(redis.Connection);
        var settings = Microsoft.Extensions.Options.Options.Create(Options);
        Queues = new AppealQueues(redis.Connection, Scripts, Clock, settings);
        Offers = new Offers(redis.Connection, Scripts, settings);
        Operators = new Operators(redis.Connection, Scripts, settings);
    }

    public FakeTimeProvider Clock { get; } = new(Start);

    public AssignmentOptions Options { get; }

    /// <summary>Routing's outbox, to read the events the steps wrote.</summary>
    public Outbox Outbox { get; }

    public RoutingScripts Scripts { get; }

    public AppealQueues Queues { get; }

    public Offers Offers { get; }

    public Operators Operators { get; }

    /// <summary>The routing steps on a connection of their own, as another replica would run them.</summary>
    public RoutingScripts Routing(StackExchange.Redis.IConnectionMultiplexer connection) =>
        new(connection, Clock, RoutingOutbox(connection), new RoutingSignal());

    public async Task AddOperatorAsync(string id, string region = "kyiv_city", bool sheltered = false, params string[] skills)
    {
        await Operators.FollowRosterAsync(new OperatorRosterChanged(
            id, id, [.. skills.Select(s => new OperatorSkill(s, 2))], region, sheltered, false, Clock.GetUtcNow()));
        await Operators.SetOwnPresenceAsync(id, Presence.Available);
        Clock.Advance(TimeSpan.FromMilliseconds(10));
    }

    public async Task<Guid> EnqueueAsync(
        string priority = Priorities.Normal, string category = Categories.Evacuation, string language = Languages.Ukrainian,
        bool psych = false, string channel = Channels.Web, DateTimeOffset? receivedAt = null)
    {
        var id = Guid.NewGuid();
        List<string> skills = [category, language];
        if (psych)
        {
            skills.Add(Skills.PsychologicalFirstAid);
        }

        await Queues.EnqueueAsync(new AppealCategorized(
            id, channel, category, priority, 0, language, skills, 0.9, false, receivedAt ?? Clock.GetUtcNow(), Clock.GetUtcNow()));
        Clock.Advance(TimeSpan.FromMilliseconds(10));
        return id;
    }

    /// <summary>Every event the steps wrote since the last call, in the order they were written.</summary>
    public async Task<List<object>> EventsAsync()
    {
        await Outbox.EnsureGroupAsync();
        var pending = await Outbox.NextAsync("tests", TimeSpan.FromHours(1), 10_000);
        if (pending.Count > 0)
        {
            await Outbox.DoneAsync([.. pending.Select(p => p.EntryId)]);
        }

        return [.. pending.Select(p => p.Outgoing.Message)];
    }

    private static Outbox RoutingOutbox(StackExchange.Redis.IConnectionMultiplexer connection) =>
        new(connection, OutboxStream.For(RedisKeys.Outbox, typeof(AppealQueued).Assembly, "tests"), new OutboxSignal());

    /// <summary>Routes until no waiting appeal has a free operator; the offers made, in order.</summary>
    public async Task<List<RoutingChange>> MatchAllAsync()
    {
        var offers = new List<RoutingChange>();
        while ((await Offers.MatchNextAsync()).SingleOrDefault(c => c.Kind == RoutingChangeKind.Offered) is { } offer)
        {
            offers.Add(offer);
        }

        return offers;
    }

    /// <summary>The operator accepts the offer and resolves the appeal at once.</summary>
    public async Task HandleAsync(RoutingChange offer)
    {
        Assert.DoesNotContain(await Offers.AcceptAsync(offer.OperatorId!, offer.Appeal), c => c.Kind == RoutingChangeKind.Refused);
        Assert.DoesNotContain(await Offers.ResolveAsync(offer.Appeal, offer.OperatorId!, "advised"), c => c.Kind == RoutingChangeKind.Refused);
    }
}
