namespace Ukc.Intake.Domain;

/// <summary>An appeal as Intake keeps it: what came in and where it is now.</summary>
public sealed record Appeal(
    Guid Id,
    string Channel,
    string Text,
    string? Name,
    string? Phone,
    string? Region,
    string? PreferredLanguage,
    string Status,
    string? Category,
    string? Priority,
    DateTimeOffset ReceivedAt,
    DateTimeOffset UpdatedAt)
{
    public static Appeal From(AppealSubmission submission, Guid id, DateTimeOffset now) => new(
        id,
        submission.Channel ?? Contracts.Channels.Web,
        submission.Text!.Trim(),
        submission.Name,
        submission.Phone,
        submission.Region,
        submission.PreferredLanguage,
        Contracts.AppealStatuses.Received,
        Category: null,
        Priority: null,
        now,
        now);
}
