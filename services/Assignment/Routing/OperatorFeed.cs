using Ukc.Contracts;
using System.Net.ServerSentEvents;
using System.Runtime.CompilerServices;
using System.Text.Json;
using StackExchange.Redis;

namespace Ukc.Assignment.Routing;

/// <summary>
/// What happens to one operator (an offer, its withdrawal, an assignment, a change of presence), carried
/// over Redis pub/sub to whichever replica holds that operator's stream; the routing step that made the
/// change publishes its notice (routing.lua).
/// </summary>
public sealed class OperatorFeed(IConnectionMultiplexer redis)
{
    private static readonly TimeSpan KeepAlive = TimeSpan.FromSeconds(15);

    /// <summary>
    /// The operator's state as <paramref name="current"/> reads it once listening has begun (so nothing between
    /// the two is missed), then their notices; a <c>ping</c> in quiet times keeps proxies from closing the stream.
    /// </summary>
    public async IAsyncEnumerable<SseItem<OperatorNotice>> ListenAsync(
        string operatorId, Func<Task<OperatorNotice>> current, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var subscriber = redis.GetSubscriber();
        var channel = RedisChannel.Literal(RedisKeys.OperatorFeed(operatorId));
        var messages = await subscriber.SubscribeAsync(channel);
        try
        {
            var first = await current();
            yield return new SseItem<OperatorNotice>(first, first.Kind);
            while (!cancellationToken.IsCancellationRequested)
            {
                var notice = await NextAsync(messages, cancellationToken);
                yield return new SseItem<OperatorNotice>(notice, notice.Kind);
            }
        }
        finally
        {
            await messages.UnsubscribeAsync();
        }
    }

    private static async Task<OperatorNotice> NextAsync(ChannelMessageQueue messages, CancellationToken cancellationToken)
    {
        using var quiet = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        quiet.CancelAfter(KeepAlive);
        try
        {
            var message = await messages.ReadAsync(quiet.Token);
            return JsonSerializer.Deserialize<OperatorNotice>((string)message.Message!, UkcJson.Options)!;
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return new OperatorNotice(OperatorNotice.Ping);
        }
    }
}
