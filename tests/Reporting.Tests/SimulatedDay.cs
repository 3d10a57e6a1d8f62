using Ukc.Contracts;
using Ukc.Reporting.Ingest;

namespace Reporting.Tests;

/// <summary>What the simulation knows of one appeal: the ground truth the reports are checked against.</summary>
internal sealed record AppealTruth(
    Guid Id,
    string Category,
    string Priority,
    string Channel,
    DateTimeOffset Received,
    DateTimeOffset? Queued,
    DateTimeOffset? Assigned,
    DateTimeOffset? Resolved,
    double WrapUpSeconds,
    DateTimeOffset? Abandoned,
    bool Callback,
    bool Repeat,
    bool Fallback,
    string? OperatorId);

internal sealed record StateTruth(string OperatorId, DateTimeOffset At, string State);

/// <summary>
/// A Kyiv day of several thousand appeals with known timings, on the day the clocks go back (25 hours): operators
/// signing in, taking breaks, declining and accepting offers, resolving with wrap-up; appeals answered within and
/// after the threshold, abandoned early and late, called back, repeated, answered by fallback, still waiting.
/// </summary>
internal sealed class SimulatedDay
{
    public static readonly DateOnly Day = new(2026, 10, 25);
    public static readonly DateTimeOffset Start = new(2026, 10, 24, 21, 0, 0, TimeSpan.Zero);
    public static readonly DateTimeOffset End = new(2026, 10, 25, 22, 0, 0, TimeSpan.Zero);

    private readonly Random random;

    public SimulatedDay(int seed, int operators = 40, int abandoned = 800)
    {
        random = new Random(seed);
        for (var i = 1; i <= operators; i++)
        {
            WorkShift($"op-{i:000}", i == 1 ? Start.AddHours(-1) : Start.AddMinutes(random.Next(0, 16 * 60)));
        }

        for (var i = 0; i < abandoned; i++)
        {
            var queued = Start.AddHours(-1) + Millis(random.NextInt64((long)(End - Start).TotalMilliseconds + 7_200_000));
            var waited = random.NextDouble() < 0.3 ? Seconds(0.2, 4.9) : Seconds(5, 600);
            NewAppeal(queued, assigned: null, abandoned: queued + waited);
        }

        for (var i = 0; i < 40; i++)
        {
            NewAppeal(Start + Millis(random.NextInt64((long)(End - Start).TotalMilliseconds)), assigned: null, abandoned: null);
        }

        for (var i = 0; i < 20; i++)
        {
            var received = Start + Millis(random.NextInt64((long)(End - Start).TotalMilliseconds));
            var id = Guid.NewGuid();
            Emit(new AppealReceived(id, Channels.Web, "Потрібна допомога", "kharkiv", null, received));
            Appeals.Add(new AppealTruth(id, "", "", Channels.Web, received, null, null, null, 0, null, false, false, false, null));
        }
    }

    public List<(Guid MessageId, object Message)> Events { get; } = [];

    public List<AppealTruth> Appeals { get; } = [];

    public List<StateTruth> States { get; } = [];

    /// <summary>The events with a third of them delivered twice, in shuffled order.</summary>
    public List<(Guid MessageId, object Message)> Delivered()
    {
        var delivered = Events.Concat(Events.Where((_, i) => i % 3 == 0)).ToList();
        random.Shuffle(System.Runtime.InteropServices.CollectionsMarshal.AsSpan(delivered));
        return delivered;
    }

    private void WorkShift(string op, DateTimeOffset signIn)
    {
        var signOut = signIn.AddHours(8);
        var t = signIn;
        Change(op, t, Presence.Offline, Presence.Available, "signed_in");
        while (t < signOut)
        {
            if (random.NextDouble() < 0.04)
            {
                t += TimeSpan.FromSeconds(1);
                Change(op, t, Presence.Available, Presence.Break, "break");
                t += TimeSpan.FromMinutes(15);
                Change(op, t, Presence.Break, Presence.Available, "back");
            }

            t += Seconds(15, 120);
            t = ServeAppeal(op, t);
        }

        Change(op, t + TimeSpan.FromSeconds(5), Presence.Available, Presence.Offline, "signed_out");
    }

    /// <returns>When the operator is available again.</returns>
    private DateTimeOffset ServeAppeal(string op, DateTimeOffset assigned)
    {
        var declinedFirst = random.NextDouble() < 0.1;
        var queued = assigned - Seconds(declinedFirst ? 11 : 3, 90);
        var id = NewAppeal(queued, assigned, abandoned: null, op);
        if (declinedFirst)
        {
            var firstOffer = Guid.NewGuid();
            Offer(id, op, firstOffer, 1, assigned - TimeSpan.FromSeconds(10));
            Emit(new OfferDeclined(id, op, firstOffer, assigned - TimeSpan.FromSeconds(8)));
            States.Add(new StateTruth(op, assigned - TimeSpan.FromSeconds(8), Presence.Available));
            Emit(new AppealRequeued(id, "q", "declined", assigned - TimeSpan.FromSeconds(8)));
        }

        Offer(id, op, Guid.NewGuid(), declinedFirst ? 2 : 1, assigned - TimeSpan.FromSeconds(2));
        var truth = Appeals[^1];
        Emit(new AppealAssigned(id, op, truth.Fallback ? "category" : null, assigned));
        Change(op, assigned, Presence.Available, Presence.Busy, "accepted");

        var resolved = assigned + Seconds(60, 600);
        var wrapUp = Seconds(10, 60);
        var corrected = random.NextDouble() < 0.05 ? Categories.All.First(c => c != truth.Category) : null;
        Emit(new AppealResolved(id, op, "advised", null, corrected, resolved));
        if (corrected is not null)
        {
            Emit(new CategoryCorrected(id, op, truth.Category, corrected, resolved));
        }

        Change(op, resolved, Presence.Busy, Presence.WrapUp, "resolved");
        Change(op, resolved + wrapUp, Presence.WrapUp, Presence.Available, "wrap_up_over");
        Appeals[^1] = truth with { Resolved = resolved, WrapUpSeconds = wrapUp.TotalSeconds, Category = corrected ?? truth.Category };
        return resolved + wrapUp;
    }

    private Guid NewAppeal(DateTimeOffset queued, DateTimeOffset? assigned, DateTimeOffset? abandoned, string? op = null)
    {
        var id = Guid.NewGuid();
        var callback = random.NextDouble() < 0.05;
        var channel = callback ? Channels.Phone : Pick(Channels.Web, Channels.Chat, Channels.Phone);
        var category = Categories.All[random.Next(Categories.All.Count)];
        var priority = Priorities.All[random.Next(Priorities.All.Count)];
        var categorized = callback ? queued - Seconds(600, 3600) : queued - Seconds(0.2, 1);
        var received = categorized - Seconds(0.5, 2);
        var repeat = Appeals.Count > 0 && random.NextDouble() < 0.05;
        var fallback = assigned is not null && random.NextDouble() < 0.1;

        Emit(new AppealReceived(id, channel, "Потрібна допомога", Regions.All[random.Next(Regions.All.Count)], null, received,
            repeat ? Appeals[random.Next(Appeals.Count)].Id : null, "Олена", "+380671234567"));
        Emit(new AppealCategorized(id, channel, category, priority, 1, Languages.Ukrainian, [category], 0.9, false, received, categorized));
        if (callback)
        {
            Emit(new CallbackScheduled(id, queued, queued.AddHours(1), categorized + TimeSpan.FromSeconds(0.5)));
        }

        Emit(new AppealQueued(id, "q", priority, received, queued));
        if (abandoned is { } left)
        {
            Emit(new AppealAbandoned(id, "hung_up", left));
        }

        Appeals.Add(new AppealTruth(id, category, priority, channel, received, queued, assigned, null, 0, abandoned, callback, repeat, fallback, op));
        return id;
    }

    private void Offer(Guid appeal, string op, Guid offer, int attempt, DateTimeOffset at)
    {
        Emit(new AppealOffered(appeal, op, offer, attempt, null, at, at.AddSeconds(20)));
        States.Add(new StateTruth(op, at, OperatorStates.Offered));
    }

    private void Change(string op, DateTimeOffset at, string from, string to, string reason)
    {
        Emit(new OperatorPresenceChanged(op, from, to, reason, at));
        States.Add(new StateTruth(op, at, to));
    }

    private void Emit(object message) => Events.Add((Guid.NewGuid(), message));

    private string Pick(params string[] values) => values[random.Next(values.Length)];

    private TimeSpan Seconds(double from, double to) => Millis((long)((from + random.NextDouble() * (to - from)) * 1000));

    private static TimeSpan Millis(long milliseconds) => TimeSpan.FromMilliseconds(milliseconds);

}
