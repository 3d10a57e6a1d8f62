using System.Text.Json;
using Ukc.Contracts;
using Ukc.Intake.Domain;
using Ukc.Intake.Infrastructure;
using Ukc.ServiceDefaults;

namespace Intake.Tests;

/// <summary>A near-identical appeal from the same phone within the window is linked to the first, in the step that stores it.</summary>
public sealed class RepeatContactTests(RedisServer redis) : IClassFixture<RedisServer>, IAsyncLifetime
{
    private const string Phone = "0671234567";
    private IntakeHost host = null!;

    public async Task InitializeAsync()
    {
        await redis.FlushAsync();
        host = new IntakeHost(redis);
    }

    public async Task DisposeAsync() => await host.DisposeAsync();

    [Theory]
    [InlineData("Потрібна евакуація з Харкова, мама лежача", "потрібна евакуація з харкова мама лежача!!")]
    [InlineData("Немає ліків для мами, допоможіть", "Допоможіть, немає ліків для мами")]
    public void Case_punctuation_and_order_leave_the_same_words(string first, string second) =>
        Assert.Equal(RepeatContact.Words(first).Split(' ').Order(), RepeatContact.Words(second).Split(' ').Order());

    [Fact]
    public void A_text_without_words_has_none() => Assert.Equal("", RepeatContact.Words("!!! — ..."));

    [Fact]
    public async Task The_same_words_from_the_same_phone_are_linked_to_the_first_appeal()
    {
        var first = await host.SubmitAsync("Немає ліків для мами, допоможіть", Phone);
        var second = await host.SubmitAsync("Допоможіть, немає ліків для мами!", Phone);
        var third = await host.SubmitAsync("допоможіть немає ліків для мами", Phone);

        Assert.Null(await RepeatOfAsync(first));
        Assert.Equal(first, await RepeatOfAsync(second));
        Assert.Equal(first, await RepeatOfAsync(third));
        Assert.Equal(2, await host.Store.RepeatContactsAsync());
    }

    [Fact]
    public async Task The_announced_appeal_names_the_first_it_repeats()
    {
        var first = await host.SubmitAsync("Потрібна евакуація з Харкова, мама лежача", Phone);
        var repeat = await host.SubmitAsync("потрібна евакуація з харкова мама лежача!!", Phone);

        var announced = (await host.Redis.StreamRangeAsync(RedisKeys.Outbox))
            .Select(e => JsonSerializer.Deserialize<AppealReceived>((string)e["body"]!, UkcJson.Options)!)
            .Single(m => m.AppealId == repeat);
        Assert.Equal((first, "потрібна евакуація з харкова мама лежача!!", "+380671234567"), (announced.RepeatOf, announced.Text, announced.Phone));
    }

    [Theory]
    [InlineData("Потрібна евакуація з Сум, тато на візку", Phone, 0)]
    [InlineData("Потрібна евакуація з Харкова, мама лежача", "0509876543", 0)]
    [InlineData("Потрібна евакуація з Харкова, мама лежача", Phone, 31)]
    public async Task Other_words_another_phone_or_a_later_contact_are_not_a_repeat(string text, string phone, int minutesLater)
    {
        await host.SubmitAsync("Потрібна евакуація з Харкова, мама лежача", Phone);
        host.Clock.Advance(TimeSpan.FromMinutes(minutesLater));

        Assert.Null(await RepeatOfAsync(await host.SubmitAsync(text, phone)));
    }

    private async Task<Guid?> RepeatOfAsync(Guid id) => (await host.Store.GetAsync(id))!.RepeatOf;
}
