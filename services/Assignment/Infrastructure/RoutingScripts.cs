using System.Text.Json;
using StackExchange.Redis;

namespace Ukc.Assignment.Infrastructure;

/// <summary>
/// Runs the routing scripts: each is one atomic step in Redis, so any number of Assignment replicas can
/// route together without ever giving one appeal to two operators or two appeals to one operator.
/// </summary>
public sealed class RoutingScripts(IConnectionMultiplexer redis, TimeProvider time)
{
    private static readonly string Common = Read("routing.lua");
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static readonly string Enqueue = Script("enqueue.lua");
    public static readonly string Match = Script("match.lua");
    public static readonly string Accept = Script("accept.lua");
    public static readonly string Pass = Script("pass.lua");
    public static readonly string Resolve = Script("resolve.lua");
    public static readonly string Abandon = Script("abandon.lua");
    public static readonly string Callbacks = Script("callbacks.lua");
    public static readonly string Presence = Script("presence.lua");
    public static readonly string Heartbeat = Script("heartbeat.lua");
    public static readonly string Alert = Script("alert.lua");
    public static readonly string Roster = Script("roster.lua");

    public long Now => time.GetUtcNow().ToUnixTimeMilliseconds();

    public async Task<IReadOnlyList<RoutingChange>> RunAsync(string script, params RedisValue[] arguments)
    {
        RedisValue[] values = [RedisKeys.Prefix, Now, .. arguments];
        var result = await redis.GetDatabase().ScriptEvaluateAsync(script, keys: null, values: values);
        return JsonSerializer.Deserialize<RoutingChange[]>((string)result!, Json)!;
    }

    private static string Script(string fileName) => Common + "\n" + Read(fileName);

    private static string Read(string fileName) => EmbeddedScript.Read(typeof(RoutingScripts).Assembly, fileName);
}
