using Microsoft.Extensions.Time.Testing;
using Ukc.Assignment.Domain;
using Ukc.Assignment.Infrastructure;
using Ukc.Contracts;

namespace Assignment.Tests;

/// <summary>
/// Routing on a real Redis with a clock the test moves: operators from a roster, appeals as
/// Categorization would send them, and the routing steps the service runs.
/// </summary>
public sealed class RoutingFloor
{
    public static readonly DateTimeOffset Start = new(2022, 3, 1, 8, 0, 0, TimeSpan.Zero);

    public RoutingFloor(RedisServer redis, RoutingOptions? options = null)
    {
        Options = options ?? new RoutingOptions { WrapUp = TimeSpan.Zero };
        var scripts = new RoutingScripts(redis.Connection, Clock);
        Queues = new AppealQueues(redis.Connection, scripts, Clock, Options);
        Offers = new Offers(redis.Connection, scripts, Options);
        Operators = new Operators(redis.Connection, scripts, Options);
    }

    public FakeTimeProvider Clock { get; } = new(Start);

    public RoutingOptions Options { get; }

    public AppealQueues Queues { get; }

    public Offers Offers { get; }

    public Operators Operators { get; }

    public async Task AddOperatorAsync(string id, string region = "kyiv_city", bool sheltered = false, params string[] skills)
    {
        await Operators.FollowRosterAsync(new OperatorRosterChanged(
            id, id, [.. skills.Select(s => new OperatorSkill(s, 2))], region, sheltered, false, Clock.GetUtcNow()));
        await Operators.SetPresenceAsync(id, Presence.Available);
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

    /// <summary>Routes until no waiting appeal has a free operator; the offers made, in order.</summary>
    public async Task<List<RoutingChange>> MatchAllAsync()
    {
        var offers = new List<RoutingChange>();
        while ((await Offers.MatchNextAsync()).SingleOrDefault(c => c.Kind == "offered") is { } offer)
        {
            offers.Add(offer);
        }

        return offers;
    }

    /// <summary>The operator accepts the offer and resolves the appeal at once.</summary>
    public async Task HandleAsync(RoutingChange offer)
    {
        Assert.DoesNotContain(await Offers.AcceptAsync(offer.OperatorId!, offer.Appeal), c => c.Kind == RoutingChange.Refused);
        Assert.DoesNotContain(await Offers.ResolveAsync(offer.Appeal, offer.OperatorId), c => c.Kind == RoutingChange.Refused);
    }
}
