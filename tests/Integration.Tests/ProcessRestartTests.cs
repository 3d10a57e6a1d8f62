using System.Net;

namespace Integration.Tests;

/// <summary>A service whose process dies is started again by the AppHost, as an orchestrator would; one stopped on purpose stays stopped.</summary>
[Collection(DisruptedSystemCollection.Name)]
public sealed class ProcessRestartTests(UkcSystem system)
{
    [Fact]
    public async Task A_killed_service_is_started_again_by_itself_serves_again_and_shows_the_restart()
    {
        var restarts = system.RestartsOf("staffing");

        await system.KillAsync("staffing", "Ukc.Staffing");

        await system.RunningAgainAsync("staffing");
        Assert.True(system.RestartsOf("staffing") > restarts, "the dashboard shows no restart of staffing");
        await Eventually.HoldsAsync(RosterStatusAsync, status => status == HttpStatusCode.OK);
    }

    [Fact]
    public async Task A_service_stopped_on_purpose_stays_stopped()
    {
        var restarts = system.RestartsOf("categorization");

        await system.StopAsync("categorization");
        try
        {
            // Longer than the first wait before a restart: a restart, had one been wrongly planned, would have begun.
            await Task.Delay(TimeSpan.FromSeconds(5));
            Assert.True(system.App.ResourceNotifications.TryGetCurrentState("categorization", out var current));
            Assert.Contains(current.Snapshot.State?.Text, KnownResourceStates.TerminalStates);
            Assert.Equal(restarts, system.RestartsOf("categorization"));
        }
        finally
        {
            await system.StartAsync("categorization");
        }
    }

    private async Task<HttpStatusCode> RosterStatusAsync() => (await system.Gateway.GetAsync("/api/staffing/operators")).StatusCode;
}
