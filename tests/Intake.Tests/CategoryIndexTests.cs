using System.Net.Http.Json;
using System.Text.Json;
using Ukc.Contracts;

namespace Intake.Tests;

/// <summary>The category an appeal is listed under is the one it has, kept with it in the same step as the event.</summary>
public sealed class CategoryIndexTests(RedisServer redis) : IClassFixture<RedisServer>, IAsyncLifetime
{
    private IntakeHost host = null!;

    public async Task InitializeAsync()
    {
        await redis.FlushAsync();
        host = new IntakeHost(redis);
    }

    public async Task DisposeAsync() => await host.DisposeAsync();

    [Fact]
    public async Task A_categorized_appeal_is_listed_under_its_category_and_a_recategorized_one_only_under_the_new()
    {
        var id = await host.SubmitAsync();
        Assert.True(await host.CategorizeAsync(id, Categories.Evacuation));
        Assert.Equal([id], await ListedAsync(Categories.Evacuation));

        host.Clock.Advance(TimeSpan.FromMinutes(1));
        await host.CategorizeAsync(id, Categories.Medical);

        Assert.Empty(await ListedAsync(Categories.Evacuation));
        Assert.Equal([id], await ListedAsync(Categories.Medical));
    }

    [Fact]
    public async Task An_event_for_an_appeal_never_received_indexes_nothing()
    {
        var unknown = Guid.CreateVersion7(IntakeHost.Start);

        Assert.False(await host.CategorizeAsync(unknown));

        Assert.Empty(await ListedAsync(Categories.Evacuation));
        Assert.Empty(await host.KeysNamingAsync(unknown));
    }

    private async Task<List<Guid>> ListedAsync(string category)
    {
        var page = await host.Client.GetFromJsonAsync<JsonElement>($"/api/appeals?category={category}");
        return [.. page.GetProperty("items").EnumerateArray().Select(item => item.GetProperty("id").GetGuid())];
    }
}
