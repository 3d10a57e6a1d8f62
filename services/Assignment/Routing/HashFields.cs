using System.Globalization;
using StackExchange.Redis;

namespace Ukc.Assignment.Routing;

/// <summary>The fields of a hash the routing scripts write: text (empty meaning none) and times in Unix milliseconds.</summary>
internal sealed class HashFields(HashEntry[] entries)
{
    private readonly Dictionary<string, string> values = entries.ToDictionary(e => e.Name.ToString(), e => e.Value.ToString());

    public bool IsEmpty => values.Count == 0;

    public string? Text(string name) => values.TryGetValue(name, out var value) && value.Length > 0 ? value : null;

    public DateTimeOffset? Time(string name) =>
        Text(name) is { } value ? DateTimeOffset.FromUnixTimeMilliseconds(long.Parse(value, CultureInfo.InvariantCulture)) : null;
}
