namespace Ukc.Intake.Domain;

/// <summary>An appeal as Intake keeps it: what came in, what the other services learned of it, and where it is now.</summary>
public sealed record Appeal(
    Guid Id,
    AppealDetails Details,
    string Status,
    DateTimeOffset ReceivedAt,
    DateTimeOffset UpdatedAt,
    Guid? RepeatOf,
    IReadOnlyDictionary<string, string> Facts);

/// <summary>One step of an appeal's way, as its timeline shows it.</summary>
public sealed record TimelineEntry(string Status, DateTimeOffset At, IReadOnlyDictionary<string, string>? Details = null);
