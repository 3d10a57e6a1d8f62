namespace Ukc.Contracts;

/// <summary>Intake stored a citizen's appeal; everything downstream starts here.</summary>
/// <param name="RepeatOf">The first appeal, when the same caller wrote or called about the same thing within half an hour.</param>
/// <param name="Name">The citizen's name where they gave it: personal data, which Reporting keeps only as long as it may.</param>
/// <param name="Phone">The number to call back, in E.164, where there is one: personal data too.</param>
/// <param name="CallbackFrom">For a callback request, when the citizen's window to be called back in opens.</param>
/// <param name="CallbackTo">For a callback request, when that window closes.</param>
public sealed record AppealReceived(
    Guid AppealId,
    string Channel,
    string Text,
    string? Region,
    string? PreferredLanguage,
    DateTimeOffset ReceivedAt,
    Guid? RepeatOf = null,
    string? Name = null,
    string? Phone = null,
    DateTimeOffset? CallbackFrom = null,
    DateTimeOffset? CallbackTo = null);

/// <summary>Categorization read the appeal: what it is about, how urgent, who can handle it.</summary>
/// <param name="CallbackFrom">The citizen's window to be called back in, as <see cref="AppealReceived"/> carried it.</param>
public sealed record AppealCategorized(
    Guid AppealId,
    string Channel,
    string Category,
    string Priority,
    int Distress,
    string Language,
    IReadOnlyList<string> Skills,
    double Confidence,
    bool NeedsReview,
    DateTimeOffset ReceivedAt,
    DateTimeOffset CategorizedAt,
    DateTimeOffset? CallbackFrom = null,
    DateTimeOffset? CallbackTo = null);

/// <summary>Assignment put the appeal in the queue of the skills it needs.</summary>
public sealed record AppealQueued(
    Guid AppealId,
    string Queue,
    string Priority,
    DateTimeOffset ReceivedAt,
    DateTimeOffset QueuedAt);

/// <summary>The citizen left before an operator answered: a call hung up, a chat closed, a request withdrawn.</summary>
public sealed record AppealAbandoned(Guid AppealId, string Reason, DateTimeOffset AbandonedAt);

/// <summary>Assignment offered the appeal to an operator, who has until <paramref name="ExpiresAt"/> to accept.</summary>
/// <param name="Fallback">Null when the operator has every skill the appeal needs; otherwise how far routing widened: <c>category</c> or <c>any</c>.</param>
public sealed record AppealOffered(
    Guid AppealId,
    string OperatorId,
    Guid OfferId,
    int Attempt,
    string? Fallback,
    DateTimeOffset OfferedAt,
    DateTimeOffset ExpiresAt);

public sealed record OfferDeclined(Guid AppealId, string OperatorId, Guid OfferId, DateTimeOffset DeclinedAt);

public sealed record OfferTimedOut(Guid AppealId, string OperatorId, Guid OfferId, DateTimeOffset TimedOutAt);

/// <summary>The appeal went back to the head of its queue with its original arrival time (operator dropped, offer lapsed).</summary>
public sealed record AppealRequeued(Guid AppealId, string Queue, string Reason, DateTimeOffset RequeuedAt);

public sealed record AppealAssigned(Guid AppealId, string OperatorId, string? Fallback, DateTimeOffset AssignedAt);

/// <param name="CorrectedCategory">The category the operator found the appeal to be about, where it differs from the classifier's.</param>
public sealed record AppealResolved(
    Guid AppealId,
    string OperatorId,
    string Resolution,
    string? Notes,
    string? CorrectedCategory,
    DateTimeOffset ResolvedAt);

/// <summary>A phone appeal whose wait would be long is called back later, at its original priority.</summary>
public sealed record CallbackScheduled(
    Guid AppealId,
    DateTimeOffset WindowStart,
    DateTimeOffset WindowEnd,
    DateTimeOffset ScheduledAt);

/// <summary>An operator corrected the category the classifier gave; Categorization keeps it as feedback.</summary>
public sealed record CategoryCorrected(
    Guid AppealId,
    string OperatorId,
    string PreviousCategory,
    string CorrectedCategory,
    DateTimeOffset CorrectedAt);
