using Ukc.ServiceDefaults.Messaging;

namespace ServiceDefaults.Tests;

public sealed class OutboxTests(RedisServer redis) : IClassFixture<RedisServer>
{
    [Fact]
    public async Task An_entry_read_again_after_a_failed_publish_keeps_its_message_id_so_consumers_can_tell_it_is_the_same()
    {
        var outbox = new Outbox(
            redis.Connection, new OutboxStream($"tests:outbox:{Guid.NewGuid():N}", new Dictionary<string, Type> { [nameof(ShelterOpened)] = typeof(ShelterOpened) }, "tests"),
            new OutboxSignal());
        await outbox.EnsureGroupAsync();
        await outbox.AddAsync(new ShelterOpened("Metro Kharkiv"));
        await outbox.AddAsync(new ShelterOpened("School 5"));

        var first = await outbox.NextAsync("dispatcher", TimeSpan.FromMinutes(1), 10);
        var again = await outbox.NextAsync("dispatcher", TimeSpan.FromMinutes(1), 10);

        Assert.Equal([new ShelterOpened("Metro Kharkiv"), new ShelterOpened("School 5")], first.Select(m => m.Outgoing.Message));
        Assert.Equal(first.Select(m => m.Outgoing.MessageId), again.Select(m => m.Outgoing.MessageId));
        Assert.NotEqual(first[0].Outgoing.MessageId, first[1].Outgoing.MessageId);
    }

    public sealed record ShelterOpened(string Name);
}
