namespace Ukc.Contracts;

/// <summary>One step of an appeal's way, as its timeline shows it.</summary>
public sealed record TimelineEntry(string Status, DateTimeOffset At, IReadOnlyDictionary<string, string>? Details = null);

/// <param name="TrackingCode">What the citizen shows to read the appeal's status or withdraw it.</param>
public sealed record AppealAccepted(Guid Id, string Status, DateTimeOffset ReceivedAt, Guid? RepeatOf, string TrackingCode);

public sealed record AppealPage(IReadOnlyList<AppealView> Items, int Page, int PageSize, long Total);

public sealed record IntakeStats(long RepeatContacts, long AwaitingBroker);

/// <summary>
/// An appeal as one caller may see it. The phone number and name are in clear only for supervisors and for the
/// operator it is offered to or held by; the text is hidden from other operators, in lists and alone.
/// </summary>
public sealed record AppealView(
    Guid Id,
    string Status,
    string Channel,
    string? Text,
    string? Region,
    string? PreferredLanguage,
    string? Name,
    string? Phone,
    DateTimeOffset? CallbackFrom,
    DateTimeOffset? CallbackTo,
    Guid? RepeatOf,
    string? Category,
    string? Priority,
    string? OperatorId,
    IReadOnlyDictionary<string, string> Facts,
    DateTimeOffset ReceivedAt,
    DateTimeOffset UpdatedAt,
    IReadOnlyList<TimelineEntry>? Timeline);
