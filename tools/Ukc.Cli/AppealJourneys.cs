using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Json;
using Ukc.Contracts;

namespace Ukc.Cli;

/// <summary>
/// Follows every accepted appeal through its timeline in Intake, read as the admin reads it: when it was received,
/// categorized, queued, offered and assigned, and whether it got as far as a queue.
/// </summary>
public sealed class AppealJourneys(HttpClient admin, TextWriter progress)
{
    private const int ReadersAtOnce = 16;

    /// <summary>
    /// Reads until every appeal has reached a queue or <paramref name="settle"/> is over, then once more all of them,
    /// so that offers and assignments made meanwhile are seen too.
    /// </summary>
    public async Task<IReadOnlyList<Journey>> FollowAsync(IReadOnlyCollection<FiledAppeal> appeals, TimeSpan settle)
    {
        var journeys = new ConcurrentDictionary<Guid, Journey>();
        var deadline = DateTimeOffset.UtcNow + settle;
        IReadOnlyCollection<FiledAppeal> pending = appeals;
        while (true)
        {
            await ReadAllAsync(pending, journeys);
            pending = [.. pending.Where(a => journeys[a.Id].Queued is null)];
            await progress.WriteLineAsync($"following {appeals.Count} appeals: {appeals.Count - pending.Count} have reached a queue");
            if (pending.Count == 0 || DateTimeOffset.UtcNow > deadline)
            {
                break;
            }

            await Task.Delay(TimeSpan.FromSeconds(2));
        }

        await ReadAllAsync(appeals, journeys);
        return [.. appeals.Select(a => journeys[a.Id])];
    }

    private Task ReadAllAsync(IEnumerable<FiledAppeal> appeals, ConcurrentDictionary<Guid, Journey> journeys) =>
        Parallel.ForEachAsync(appeals, new ParallelOptions { MaxDegreeOfParallelism = ReadersAtOnce }, async (appeal, stop) =>
        {
            var read = await ReadAsync(appeal, stop);
            // A read Intake could not answer never hides what an earlier read saw.
            journeys.AddOrUpdate(appeal.Id, read, (_, earlier) => read.Found && read.Status is null ? earlier : read);
        });

    private async Task<Journey> ReadAsync(FiledAppeal appeal, CancellationToken stop)
    {
        using var response = await admin.GetAsync($"/api/appeals/{appeal.Id}", stop);
        if (response.StatusCode == HttpStatusCode.NotFound)
        {
            return new Journey(appeal, Found: false);
        }

        if (!response.IsSuccessStatusCode)
        {
            // Intake could not answer now (restarting, say): not seen in a queue yet, so asked again while there is time.
            return new Journey(appeal, Found: true);
        }

        var view = (await response.Content.ReadFromJsonAsync<AppealView>(stop))!;
        return Journey.Of(appeal, view);
    }
}

/// <summary>Where one accepted appeal got to, and when it passed each stage.</summary>
/// <param name="AssignedTwice">Assigned again without going back to a queue in between: given to two operators at once.</param>
public sealed record Journey(
    FiledAppeal Appeal,
    bool Found,
    string? Status = null,
    DateTimeOffset? Received = null,
    DateTimeOffset? Categorized = null,
    DateTimeOffset? Queued = null,
    DateTimeOffset? Offered = null,
    DateTimeOffset? Assigned = null,
    bool AssignedTwice = false)
{
    public static Journey Of(FiledAppeal appeal, AppealView view)
    {
        var timeline = (view.Timeline ?? []).OrderBy(e => e.At).ToList();
        DateTimeOffset? First(params string[] statuses) => timeline.FirstOrDefault(e => statuses.Contains(e.Status))?.At;

        var assignedTwice = false;
        var holding = false;
        foreach (var entry in timeline)
        {
            if (entry.Status == AppealStatuses.Assigned)
            {
                assignedTwice |= holding;
                holding = true;
            }
            else if (entry.Status is AppealStatuses.Queued or AppealStatuses.CallbackScheduled)
            {
                holding = false;
            }
        }

        return new Journey(
            appeal, Found: true, view.Status, view.ReceivedAt, First(AppealStatuses.Categorized),
            First(AppealStatuses.Queued, AppealStatuses.CallbackScheduled), First(AppealStatuses.Offered), First(AppealStatuses.Assigned),
            assignedTwice);
    }

    /// <summary>Lost: accepted with a <c>202</c>, but unknown to Intake or never in a queue, however long it was given.</summary>
    public bool Lost => !Found || Queued is null && Status is not (AppealStatuses.Abandoned or AppealStatuses.Resolved);
}
