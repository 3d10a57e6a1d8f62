using System.Globalization;
using System.Text.Json;
using Microsoft.Extensions.Options;
using StackExchange.Redis;
using Ukc.Contracts;
using Ukc.Intake.Domain;

namespace Ukc.Intake.Infrastructure;

/// <summary>
/// Intake's record of every live appeal, in Redis: open ones, and closed ones for <see cref="IntakeOptions.LiveRetention"/>
/// after they closed. Then they move to Reporting's archive, and only a tombstone stays here.
/// </summary>
public sealed class AppealStore(IConnectionMultiplexer redis, IOptions<IntakeOptions> options)
{
    public static readonly TimeSpan IdempotencyKeyLifetime = TimeSpan.FromHours(24);
    private static readonly TimeSpan CallLifetime = TimeSpan.FromDays(7);
    private static readonly string AcceptScript = EmbeddedScript.Read(typeof(AppealStore).Assembly, "accept-appeal.lua");
    private static readonly string RecordEventScript = EmbeddedScript.Read(typeof(AppealStore).Assembly, "record-event.lua");
    private static readonly string ArchiveScript = EmbeddedScript.Read(typeof(AppealStore).Assembly, "archive-closed.lua");

    // Fields of the appeal hash that are not facts learned from other services.
    private static readonly HashSet<string> OwnFields =
    [
        "channel", "text", "name", "phone", "region", "preferredLanguage", "callId", "ivrChoice", "callbackFrom", "callbackTo",
        "words", "repeatOf", "idempotencyKey", "status", "statusRank", "statusAt", "arrival", "receivedAt", "updatedAt",
    ];

    private IDatabase Db => redis.GetDatabase();

    private TimeSpan RepeatWindow => options.Value.RepeatContactWindow;

    /// <summary>
    /// Stores a new appeal with its <see cref="AppealReceived"/> in the outbox, in one atomic step that also finds the
    /// first appeal it repeats (<see cref="RepeatContact"/>).
    /// </summary>
    public async Task<AcceptResult> AcceptAsync(Guid id, AppealDetails details, DateTimeOffset now, string? idempotencyKey, string fingerprint)
    {
        var message = new AppealReceived(
            id, details.Channel, details.Text, details.Region, details.PreferredLanguage, now, null, details.Name, details.Phone,
            details.Callback?.From, details.Callback?.To);
        var entry = Outbox.Entry(message);
        var arrival = now.ToUnixTimeMilliseconds();
        var timeline = JsonSerializer.Serialize(new TimelineEntry(AppealStatuses.Received, now), UkcJson.Options);

        RedisKey[] keys =
        [
            RedisKeys.Appeal(id), RedisKeys.Timeline(id), RedisKeys.AppealsByArrival, RedisKeys.StatusIndex(AppealStatuses.Received),
            RedisKeys.Outbox, RedisKeys.IdempotencyKey(idempotencyKey ?? ""), RedisKeys.Call(details.CallId ?? ""),
            RedisKeys.RecentFromPhone(details.Phone ?? ""), RedisKeys.Stats,
        ];
        RedisValue[] args =
        [
            id.ToString("N"), arrival, idempotencyKey is null ? "" : fingerprint, (long)IdempotencyKeyLifetime.TotalSeconds,
            details.CallId is null ? "" : (long)CallLifetime.TotalSeconds,
            details.Phone is null ? "" : (long)RepeatWindow.TotalMilliseconds,
            RedisKeys.AppealPrefix, entry.Type, entry.Body, entry.Origin, timeline,
            .. Fields(details, now, idempotencyKey),
        ];
        var result = (RedisResult[])(await Db.ScriptEvaluateAsync(AcceptScript, keys, args))!;
        return (string)result[0]! switch
        {
            "created" => new AcceptResult(AcceptOutcome.Created, id, (string?)result[2] is { Length: > 0 } repeatOf ? Guid.Parse(repeatOf) : null),
            "call" => new AcceptResult(AcceptOutcome.SameCall, Guid.Parse((string)result[1]!)),
            _ when (string)result[1]! == fingerprint => new AcceptResult(AcceptOutcome.Replayed, Guid.Parse((string)result[2]!)),
            _ => new AcceptResult(AcceptOutcome.KeyReused, Guid.Parse((string)result[2]!)),
        };
    }

    public async Task<Appeal?> GetAsync(Guid id) => FromHash(id, await Db.HashGetAllAsync(RedisKeys.Appeal(id)));

    /// <summary>An appeal with its timeline, read in one step; for one no longer here, whether it moved to the archive.</summary>
    public async Task<AppealLookup> LookUpAsync(Guid id)
    {
        var read = Db.CreateTransaction();
        var hash = read.HashGetAllAsync(RedisKeys.Appeal(id));
        var timeline = read.SortedSetRangeByRankAsync(RedisKeys.Timeline(id));
        var tombstone = read.SortedSetScoreAsync(RedisKeys.Archived, id.ToString("N"));
        await read.ExecuteAsync();
        var appeal = FromHash(id, await hash);
        return appeal is null
            ? new AppealLookup(null, [], (await tombstone).HasValue)
            : new AppealLookup(appeal, [.. (await timeline).Select(e => JsonSerializer.Deserialize<TimelineEntry>(e.ToString(), UkcJson.Options)!)], false);
    }

    /// <summary>Whether the appeal was here and moved to Reporting's archive (<see cref="IntakeOptions.LiveRetention"/>).</summary>
    public async Task<bool> IsArchivedAsync(Guid id) => (await Db.SortedSetScoreAsync(RedisKeys.Archived, id.ToString("N"))).HasValue;

    /// <summary>Records an event of the appeal's way: its timeline entry, its facts, and its status if it is the latest.</summary>
    /// <param name="facts">What holds whatever the order of events, such as the category.</param>
    /// <param name="statusFacts">What holds only while the status does, such as the operator an appeal is offered to.</param>
    /// <returns>Whether the status changed.</returns>
    public async Task<bool> RecordEventAsync(
        Guid id, string status, DateTimeOffset at, IReadOnlyDictionary<string, string>? facts = null, IReadOnlyDictionary<string, string>? statusFacts = null)
    {
        facts ??= new Dictionary<string, string>();
        statusFacts ??= new Dictionary<string, string>();
        var timeline = JsonSerializer.Serialize(new TimelineEntry(status, at, facts.Concat(statusFacts).ToDictionary()), UkcJson.Options);
        RedisKey[] keys = [RedisKeys.Appeal(id), RedisKeys.Timeline(id), RedisKeys.Closed, RedisKeys.Archived];
        RedisValue[] args =
        [
            status, StatusOrder.Rank(status), at.ToUnixTimeMilliseconds(), Iso(at), timeline, RedisKeys.StatusIndexPrefix,
            RedisKeys.CategoryIndexPrefix, facts.Count, .. Pairs(facts), .. Pairs(statusFacts),
        ];
        var result = (int)await Db.ScriptEvaluateAsync(RecordEventScript, keys, args);
        return result == 1;
    }

    /// <summary>
    /// Archives up to <paramref name="batchSize"/> of the appeals that closed before <paramref name="closedBefore"/>,
    /// in one atomic step: each one's hash, timeline and every index entry and key that names it go, its tombstone stays.
    /// </summary>
    /// <returns>How many closed appeals the batch took (fewer than the batch size: none are left), and how many it archived.</returns>
    public async Task<(int Taken, int Archived)> ArchiveClosedAsync(DateTimeOffset closedBefore, int batchSize)
    {
        RedisKey[] keys = [RedisKeys.Closed, RedisKeys.Archived, RedisKeys.AppealsByArrival];
        RedisValue[] args =
        [
            closedBefore.ToUnixTimeMilliseconds(), batchSize, RedisKeys.AppealPrefix, RedisKeys.TimelineSuffix, RedisKeys.StatusIndexPrefix,
            RedisKeys.CategoryIndexPrefix, RedisKeys.RecentFromPhonePrefix, RedisKeys.CallPrefix, RedisKeys.IdempotencyKeyPrefix,
        ];
        var result = (RedisResult[])(await Db.ScriptEvaluateAsync(ArchiveScript, keys, args))!;
        return ((int)result[0], (int)result[1]);
    }

    /// <summary>Appeals that arrived between two times, newest first, in a status and category where those are given.</summary>
    public async Task<(IReadOnlyList<Appeal> Page, long Total)> ListAsync(AppealQuery query)
    {
        var index = query.Status is not null ? RedisKeys.StatusIndex(query.Status)
            : query.Category is not null ? RedisKeys.CategoryIndex(query.Category)
            : RedisKeys.AppealsByArrival;
        var from = query.From?.ToUnixTimeMilliseconds() ?? double.NegativeInfinity;
        var to = query.To?.ToUnixTimeMilliseconds() ?? double.PositiveInfinity;

        if (query.Status is null || query.Category is null)
        {
            var total = await Db.SortedSetLengthAsync(index, from, to);
            var ids = await Db.SortedSetRangeByScoreAsync(index, from, to, Exclude.None, Order.Descending, query.Skip, query.PageSize);
            return (await LoadAsync(ids), total);
        }

        // Both given: the status index narrows, the category filters.
        var candidates = await Db.SortedSetRangeByScoreAsync(index, from, to, Exclude.None, Order.Descending);
        var batch = Db.CreateBatch();
        var categories = candidates.Select(id => batch.HashGetAsync(RedisKeys.Appeal(Guid.Parse(id.ToString())), "category")).ToArray();
        batch.Execute();
        await Task.WhenAll(categories);
        var matching = candidates.Where((_, i) => categories[i].Result == query.Category).ToArray();
        return (await LoadAsync([.. matching.Skip(query.Skip).Take(query.PageSize)]), matching.Length);
    }

    public async Task<Guid?> AppealOfCallAsync(string callId)
    {
        var id = await Db.StringGetAsync(RedisKeys.Call(callId));
        return id.IsNull ? null : Guid.Parse(id.ToString());
    }

    public async Task<long> RepeatContactsAsync() => (long?)await Db.HashGetAsync(RedisKeys.Stats, "repeatContacts") ?? 0;

    private async Task<IReadOnlyList<Appeal>> LoadAsync(RedisValue[] ids)
    {
        var appeals = await Task.WhenAll(ids.Select(id => GetAsync(Guid.Parse(id.ToString()))));
        return [.. appeals.OfType<Appeal>()];
    }

    private static IEnumerable<RedisValue> Fields(AppealDetails details, DateTimeOffset now, string? idempotencyKey)
    {
        var fields = new Dictionary<string, string?>
        {
            ["channel"] = details.Channel,
            ["text"] = details.Text,
            ["name"] = details.Name,
            ["phone"] = details.Phone,
            ["region"] = details.Region,
            ["preferredLanguage"] = details.PreferredLanguage,
            ["callId"] = details.CallId,
            ["ivrChoice"] = details.IvrChoice,
            ["callbackFrom"] = details.Callback is null ? null : Iso(details.Callback.From),
            ["callbackTo"] = details.Callback is null ? null : Iso(details.Callback.To),
            ["words"] = RepeatContact.Words(details.Text),
            // So that archiving the appeal can drop the key with it.
            ["idempotencyKey"] = idempotencyKey,
            ["status"] = AppealStatuses.Received,
            ["statusRank"] = StatusOrder.Rank(AppealStatuses.Received).ToString(CultureInfo.InvariantCulture),
            ["statusAt"] = now.ToUnixTimeMilliseconds().ToString(CultureInfo.InvariantCulture),
            ["arrival"] = now.ToUnixTimeMilliseconds().ToString(CultureInfo.InvariantCulture),
            ["receivedAt"] = Iso(now),
            ["updatedAt"] = Iso(now),
        };
        return Pairs(fields.Where(f => !string.IsNullOrEmpty(f.Value)).ToDictionary(f => f.Key, f => f.Value!));
    }

    private static IEnumerable<RedisValue> Pairs(IReadOnlyDictionary<string, string> fields) =>
        fields.SelectMany(f => new RedisValue[] { f.Key, f.Value });

    private static string Iso(DateTimeOffset time) => time.ToString("O", CultureInfo.InvariantCulture);

    private static Appeal? FromHash(Guid id, HashEntry[] entries)
    {
        if (entries.Length == 0)
        {
            return null;
        }

        var hash = entries.ToDictionary(e => e.Name.ToString(), e => e.Value.ToString());
        DateTimeOffset? Time(string field) => hash.TryGetValue(field, out var value) ? DateTimeOffset.Parse(value, CultureInfo.InvariantCulture) : null;
        var callback = Time("callbackFrom") is { } from && Time("callbackTo") is { } to ? new CallbackWindow(from, to) : null;
        var details = new AppealDetails(
            hash["channel"], hash["text"], hash.GetValueOrDefault("name"), hash.GetValueOrDefault("phone"), hash.GetValueOrDefault("region"),
            hash.GetValueOrDefault("preferredLanguage"), callback, hash.GetValueOrDefault("callId"), hash.GetValueOrDefault("ivrChoice"));
        return new Appeal(
            id, details, hash["status"], Time("receivedAt")!.Value, Time("updatedAt")!.Value,
            hash.TryGetValue("repeatOf", out var repeatOf) ? Guid.Parse(repeatOf) : null,
            hash.Where(f => !OwnFields.Contains(f.Key)).ToDictionary(f => f.Key, f => f.Value));
    }
}

public enum AcceptOutcome
{
    Created,

    /// <summary>A retry with the same Idempotency-Key and the same request: the first appeal.</summary>
    Replayed,

    /// <summary>The same Idempotency-Key with another request.</summary>
    KeyReused,

    /// <summary>The PBX reported a call it had reported before: the appeal of that call.</summary>
    SameCall,
}

/// <param name="RepeatOf">For a new appeal, the first appeal it repeats.</param>
public sealed record AcceptResult(AcceptOutcome Outcome, Guid AppealId, Guid? RepeatOf = null);

/// <summary>An appeal and its timeline as read together; or none, and whether it was <paramref name="Archived"/>.</summary>
public sealed record AppealLookup(Appeal? Appeal, IReadOnlyList<TimelineEntry> Timeline, bool Archived);

public sealed record AppealQuery(string? Status, string? Category, DateTimeOffset? From, DateTimeOffset? To, int Skip, int PageSize);
