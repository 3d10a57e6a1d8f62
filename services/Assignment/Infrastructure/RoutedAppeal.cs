using StackExchange.Redis;

namespace Ukc.Assignment.Infrastructure;

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
    public static RoutedAppeal? From(Guid id, HashEntry[] fields)
    {
        if (fields.Length == 0)
        {
            return null;
        }

        var values = fields.ToDictionary(f => f.Name.ToString(), f => f.Value.ToString());
        string? Text(string name) => values.TryGetValue(name, out var v) && v.Length > 0 ? v : null;
        DateTimeOffset? Time(string name) => Text(name) is { } v ? DateTimeOffset.FromUnixTimeMilliseconds(long.Parse(v)) : null;

        return new RoutedAppeal(
            id, Text("state") ?? "", Text("queue") ?? "", Text("priority") ?? "", Text("category") ?? "", Text("channel") ?? "",
            Text("operator"), Text("offerId"), int.Parse(Text("attempts") ?? "0"), Text("fallback"),
            Time("receivedAt") ?? DateTimeOffset.MinValue, Time("expiresAt"), Time("assignedAt"));
    }
}
