using Ukc.Contracts;
using Ukc.Reporting.Ingest;

namespace Ukc.Reporting.Benchmarks;

/// <summary>
/// The events of a contact center at work, in the order they happen, as Reporting receives them.
/// Appeals arrive at a Kyiv day's rhythm (few at night, most in the late morning); Categorization reads each within
/// a couple of seconds and Assignment queues it; the operator free soonest is offered it, accepts within seconds
/// (<c>busy</c>), handles it for a few minutes (log-normal, median three), resolves it (<c>wrap_up</c>) and is
/// <c>available</c> again after a 30-second wrap-up. A citizen who waits longer than their patience leaves.
/// An answered appeal makes nine events (six of the appeal, three presence changes), an abandoned one four.
/// Message ids are random, as the outbox's hashed ids are; appeal ids are version 7, as Intake's are.
/// </summary>
internal sealed class AppealFlows
{
    /// <summary>Appeals per Kyiv hour relative to the day's mean.</summary>
    private static readonly double[] HourWeights = Normalize(
        [0.3, 0.2, 0.15, 0.15, 0.2, 0.3, 0.6, 1.0, 1.4, 1.7, 1.8, 1.8, 1.7, 1.7, 1.6, 1.5, 1.4, 1.3, 1.2, 1.0, 0.9, 0.7, 0.5, 0.4]);

    private static readonly (string Value, double Weight)[] ChannelMix =
        [(Channels.Phone, 45), (Channels.Chat, 25), (Channels.Web, 25), (Channels.Callback, 5)];

    private static readonly (string Value, double Weight)[] CategoryMix =
    [
        (Categories.Evacuation, 10), (Categories.HumanitarianAid, 18), (Categories.SocialPayments, 16), (Categories.Medical, 9),
        (Categories.PsychologicalSupport, 7), (Categories.MissingPersons, 4), (Categories.HousingDamage, 9), (Categories.Documents, 10),
        (Categories.Utilities, 9), (Categories.SafetyThreat, 3), (Categories.Other, 5),
    ];

    private static readonly (string Value, double Weight)[] PriorityMix =
        [(Priorities.Critical, 3), (Priorities.High, 15), (Priorities.Normal, 62), (Priorities.Low, 20)];

    private static readonly (string Value, double Weight)[] LanguageMix =
        [(Languages.Ukrainian, 85), (Languages.Russian, 12), (Languages.English, 3)];

    private static readonly string[] Resolutions = ["advised", "referred", "escalated", "information_given", "request_registered"];

    private static readonly string[] Texts =
    [
        "Доброго дня! Потрібна евакуація з Харкова, мама лежача, сама не вийде. Адреса: вул. Сумська, будинок 40, квартира 12. Прошу передзвонити.",
        "Де отримати гуманітарну допомогу в Ірпені? Немає продуктів третій день, у родині двоє дітей і бабуся.",
        "Коли прийде виплата ВПО за березень? Подавала заяву через Дію ще два тижні тому, статус не змінюється.",
        "Терміново потрібен інсулін, аптеки поруч зачинені, у батька цукровий діабет першого типу!!!",
        "дитина не спить через вибухи, постійно плаче, потрібен психолог, куди звернутися?",
        "Зник зв'язок з батьком у Бучі з 5 березня, телефон вимкнений, допоможіть знайти або дізнатися, що з ним.",
        "Будинок пошкоджено обстрілом, вибиті вікна і дах, як отримати компенсацію за програмою єВідновлення?",
        "Загубила паспорт під час евакуації, як відновити документи і чи можна це зробити в іншій області?",
        "Немає світла і води вже тиждень, вул. Шевченка 12, Чернігів. Коли відновлять постачання?",
        "Біля школи знайшли снаряд, що не розірвався, діти поруч, терміново потрібні сапери.",
        "Помогите выехать из Северодонецка, у нас двое маленьких детей и нет машины.",
        "Hello, my parents are in Kherson and need to evacuate, how can I help them from abroad?",
    ];

    private static readonly string[] FirstNames = ["Олена", "Іван", "Марія", "Петро", "Оксана", "Андрій", "Наталія", "Сергій", "Тетяна", "Микола"];
    private static readonly string[] LastNames = ["Шевченко", "Коваленко", "Бондаренко", "Ткаченко", "Кравченко", "Олійник", "Мельник", "Поліщук"];

    private static readonly TimeSpan WrapUp = TimeSpan.FromSeconds(30);

    private readonly Random random;
    private readonly DateTimeOffset start;
    private readonly double peakPerSecond;
    private readonly double meanPerSecond;
    private readonly PriorityQueue<int, DateTimeOffset> freeOperators = new();
    private readonly PriorityQueue<RecordedEvent, (DateTimeOffset, long)> pending = new();
    private readonly Guid[] recent = new Guid[1_000];
    private long sequence;

    public AppealFlows(int seed, DateTimeOffset start, double appealsPerDay, int operators)
    {
        random = new Random(seed);
        this.start = start;
        Operators = operators;
        meanPerSecond = appealsPerDay / 86_400;
        peakPerSecond = meanPerSecond * HourWeights.Max();
        for (var i = 0; i < operators; i++)
        {
            freeOperators.Enqueue(i, start);
        }
    }

    public int Operators { get; }

    public long Appeals { get; private set; }

    public long Answered { get; private set; }

    public long Abandoned { get; private set; }

    public DateTimeOffset LastArrival { get; private set; }

    /// <summary>Every event of the first <paramref name="appeals"/> appeals (all of them, for ever, when null), in time order.</summary>
    public IEnumerable<RecordedEvent> Events(long? appeals = null)
    {
        for (var i = 0; i < Operators; i++)
        {
            Schedule(new OperatorPresenceChanged(OperatorId(i), Presence.Offline, Presence.Available, "signed_in", start));
        }

        var at = start;
        while (appeals is null || Appeals < appeals)
        {
            at = NextArrival(at);
            while (pending.TryPeek(out _, out var next) && next.Item1 <= at)
            {
                yield return pending.Dequeue();
            }

            Arrive(at);
        }

        while (pending.Count > 0)
        {
            yield return pending.Dequeue();
        }
    }

    public static string OperatorId(int index) => $"op-{index:0000}";

    /// <summary>The next arrival of an inhomogeneous Poisson process (by thinning) that follows the day's rhythm.</summary>
    private DateTimeOffset NextArrival(DateTimeOffset after)
    {
        var at = after;
        while (true)
        {
            at += TimeSpan.FromSeconds(-Math.Log(1 - random.NextDouble()) / peakPerSecond);
            var rate = meanPerSecond * HourWeights[KyivTime.Local(at).Hour];
            if (random.NextDouble() * peakPerSecond <= rate)
            {
                return at;
            }
        }
    }

    private void Arrive(DateTimeOffset receivedAt)
    {
        Appeals++;
        LastArrival = receivedAt;
        var id = Guid.CreateVersion7(receivedAt);
        var channel = Pick(ChannelMix);
        Guid? repeatOf = Appeals > recent.Length && random.NextDouble() < 0.04 ? recent[random.Next(recent.Length)] : null;
        recent[Appeals % recent.Length] = id;
        Schedule(new AppealReceived(
            id, channel, Texts[random.Next(Texts.Length)], Regions.All[Skewed(Regions.All.Count)], Languages.Ukrainian, receivedAt, repeatOf,
            $"{FirstNames[random.Next(FirstNames.Length)]} {LastNames[random.Next(LastNames.Length)]}",
            $"+38067{random.Next(1_000_000, 9_999_999)}"));

        var category = Pick(CategoryMix);
        var priority = Pick(PriorityMix);
        var language = Pick(LanguageMix);
        var confidence = 0.45 + random.NextDouble() * 0.54;
        var categorizedAt = receivedAt + Seconds(0.2, 2.0);
        Schedule(new AppealCategorized(
            id, channel, category, priority, random.Next(0, 11), language, [category, language], confidence, confidence < 0.6, receivedAt, categorizedAt));

        var queuedAt = categorizedAt + Seconds(0.01, 0.1);
        var queue = string.Join('+', new[] { category, language }.Order(StringComparer.Ordinal));
        Schedule(new AppealQueued(id, queue, priority, receivedAt, queuedAt));

        freeOperators.TryDequeue(out var op, out var freeAt);
        var offeredAt = (freeAt > queuedAt ? freeAt : queuedAt) + Seconds(0.05, 0.5);
        // Web requests wait for an answer; callers and chatters hang up, on average after three minutes.
        var patience = channel == Channels.Web ? TimeSpan.FromHours(4) : TimeSpan.FromSeconds(-Math.Log(1 - random.NextDouble()) * 180);
        if (offeredAt - queuedAt > patience)
        {
            Abandoned++;
            freeOperators.Enqueue(op, freeAt);
            Schedule(new AppealAbandoned(id, channel == Channels.Chat ? "chat_closed" : "hung_up", queuedAt + patience));
            return;
        }

        Answered++;
        var operatorId = OperatorId(op);
        var fallback = random.NextDouble() < 0.08 ? "category" : null;
        Schedule(new AppealOffered(id, operatorId, NewId(), 1, fallback, offeredAt, offeredAt + TimeSpan.FromSeconds(20)));
        var assignedAt = offeredAt + Seconds(1, 8);
        Schedule(new AppealAssigned(id, operatorId, fallback, assignedAt));
        Schedule(new OperatorPresenceChanged(operatorId, Presence.Available, Presence.Busy, "accepted", assignedAt));
        var resolvedAt = assignedAt + TimeSpan.FromSeconds(Math.Min(3_600, 180 * Math.Exp(0.6 * Normal())));
        var corrected = random.NextDouble() < 0.05 ? Pick(CategoryMix) : null;
        Schedule(new AppealResolved(id, operatorId, Resolutions[random.Next(Resolutions.Length)], null, corrected == category ? null : corrected, resolvedAt));
        Schedule(new OperatorPresenceChanged(operatorId, Presence.Busy, Presence.WrapUp, "resolved", resolvedAt));
        var availableAt = resolvedAt + WrapUp;
        Schedule(new OperatorPresenceChanged(operatorId, Presence.WrapUp, Presence.Available, "wrap_up_ended", availableAt));
        freeOperators.Enqueue(op, availableAt);
    }

    private void Schedule<T>(T message) where T : class
    {
        var recorded = RecordedEvents.From(NewId(), message);
        pending.Enqueue(recorded, (recorded.OccurredAt, sequence++));
    }

    private Guid NewId()
    {
        Span<byte> bytes = stackalloc byte[16];
        random.NextBytes(bytes);
        return new Guid(bytes);
    }

    private TimeSpan Seconds(double from, double to) => TimeSpan.FromSeconds(from + random.NextDouble() * (to - from));

    private double Normal() => Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble());

    /// <summary>Some regions call far more than others: a skew toward the start of the list of regions.</summary>
    private int Skewed(int count) => (int)Math.Min(count - 1, Math.Floor(Math.Pow(random.NextDouble(), 2.2) * count));

    private string Pick((string Value, double Weight)[] mix)
    {
        var roll = random.NextDouble() * mix.Sum(m => m.Weight);
        foreach (var (value, weight) in mix)
        {
            roll -= weight;
            if (roll < 0)
            {
                return value;
            }
        }

        return mix[^1].Value;
    }

    private static double[] Normalize(double[] weights) => [.. weights.Select(w => w * weights.Length / weights.Sum())];
}
