using StackExchange.Redis;

namespace Ukc.Categorization.Infrastructure;

/// <summary>
/// When each appeal was first categorized. A redelivered <c>AppealReceived</c> is announced again with the first
/// time, so it is the same fact twice and not a later event that would move the appeal's status back.
/// </summary>
public sealed class CategorizedAppeals(IConnectionMultiplexer redis)
{
    /// <summary>Far longer than a message waits for its redelivery.</summary>
    private static readonly TimeSpan Remembered = TimeSpan.FromDays(7);

    public async Task<DateTimeOffset> FirstCategorizedAtAsync(Guid appealId, DateTimeOffset now)
    {
        var first = await redis.GetDatabase().StringSetAndGetAsync(
            RedisKeys.CategorizedAt(appealId), now.ToUnixTimeMilliseconds(), Remembered, keepTtl: false, When.NotExists);
        return first.IsNull ? now : DateTimeOffset.FromUnixTimeMilliseconds((long)first);
    }
}
