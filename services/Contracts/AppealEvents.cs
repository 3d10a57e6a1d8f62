namespace Ukc.Contracts;

/// <summary>Intake stored a citizen's appeal; everything downstream starts here.</summary>
public sealed record AppealReceived(
    Guid AppealId,
    string Channel,
    string Text,
    string? Region,
    string? PreferredLanguage,
    DateTimeOffset ReceivedAt);

/// <summary>Categorization read the appeal: what it is about, how urgent, who can handle it.</summary>
public sealed record AppealCategorized(
    Guid AppealId,
    string Category,
    string Priority,
    int Distress,
    string Language,
    IReadOnlyList<string> Skills,
    double Confidence,
    bool NeedsReview,
    DateTimeOffset ReceivedAt,
    DateTimeOffset CategorizedAt);

/// <summary>Assignment put the appeal in the queue of the skills it needs.</summary>
public sealed record AppealQueued(
    Guid AppealId,
    string Queue,
    string Priority,
    DateTimeOffset ReceivedAt,
    DateTimeOffset QueuedAt);
