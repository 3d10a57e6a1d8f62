using StackExchange.Redis;

namespace Ukc.Assignment.Routing;

/// <summary>An appeal as routing keeps it: where it waits or who has it. Times are those of the appeal's record.</summary>
public sealed record RoutedAppeal(
    Guid AppealId,
    string State,
    string Queue,
    string Priority,
    string Category,
    string Channel,
    string? OperatorId,
    string? OfferId,
    int Attempts,
    string? Fallback,
    DateTimeOffset ReceivedAt,
    DateTimeOffset? OfferExpiresAt,
    DateTimeOffset? AssignedAt)
{
    public static RoutedAppeal? From(Guid id, HashEntry[] entries)
    {
        var fields = new HashFields(entries);
        if (fields.IsEmpty)
        {
            return null;
        }

        return new RoutedAppeal(
            id, fields.Text("state") ?? "", fields.Text("queue") ?? "", fields.Text("priority") ?? "", fields.Text("category") ?? "",
            fields.Text("channel") ?? "", fields.Text("operator"), fields.Text("offerId"), int.Parse(fields.Text("attempts") ?? "0"),
            fields.Text("fallback"), fields.Time("receivedAt") ?? DateTimeOffset.MinValue, fields.Time("expiresAt"), fields.Time("assignedAt"));
    }
}
