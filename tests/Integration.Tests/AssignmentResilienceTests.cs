using System.Net.Http.Json;
using System.Text.Json;
using Ukc.Contracts;
using Ukc.ServiceDefaults.Messaging;

namespace Integration.Tests;

/// <summary>Operators keep taking and resolving appeals while the broker is down; what they did reaches the rest of the system after.</summary>
[Collection(DisruptedSystemCollection.Name)]
public sealed class AssignmentResilienceTests(UkcSystem system)
{
    [Fact]
    public async Task While_the_broker_is_down_a_queued_appeal_is_offered_accepted_and_resolved_and_the_record_catches_up_after()
    {
        var id = $"outage-{Guid.NewGuid():N}";
        await OperatorConsole.JoinRosterAsync(system, id, "Ірина Бондар");
        var filed = await system.Gateway.PostAsJsonAsync("/api/appeals", new { text = "Немає світла і води в Ірпені третій день", channel = "web" });
        var appeal = (await filed.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        await Eventually.HoldsAsync(() => StatusAsync(appeal), s => s == AppealStatuses.Queued);

        await system.StopAsync(ConnectionNames.Messaging);
        try
        {
            await using var console = await OperatorConsole.StartAsync(system, id, onRoster: true);
            await Eventually.HoldsAsync(() => Task.FromResult(console.Accepted.ToList()), a => a.Contains(appeal), TimeSpan.FromSeconds(60));
            Assert.Equal(AppealStatuses.Queued, await StatusAsync(appeal));
        }
        finally
        {
            await system.StartAsync(ConnectionNames.Messaging);
        }

        await Eventually.HoldsAsync(() => StatusAsync(appeal), s => s == AppealStatuses.Resolved, TimeSpan.FromMinutes(2));
    }

    private async Task<string?> StatusAsync(Guid appeal) =>
        (await system.Gateway.GetFromJsonAsync<JsonElement>($"/api/appeals/{appeal}")).GetProperty("status").GetString();
}
