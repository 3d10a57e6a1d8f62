using Ukc.Contracts;
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
