using StackExchange.Redis;
using Ukc.Contracts;

namespace Ukc.Assignment.Routing;

public static class RoutedAppealFields
{
    extension(RoutedAppeal)
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
}
