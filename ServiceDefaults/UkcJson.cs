using System.Text.Json;

namespace Ukc.ServiceDefaults;

/// <summary>The one way UKC writes and reads JSON: web defaults (camelCase, case-insensitive), in APIs, Redis and the outbox.</summary>
public static class UkcJson
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web);
}
