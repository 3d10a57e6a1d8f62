using System.Text.Json;
using System.Text.Json.Serialization;

namespace Ukc.Cli;

/// <summary>
/// The result of a load run: the front door, each stage of the way counted from the moment every appeal was due,
/// how many got through end to end per second, and the appeals lost or given to two operators.
/// </summary>
public sealed record LoadReport(
    string Profile,
    double Rate,
    double DurationSeconds,
    int Operators,
    int Sent,
    int Accepted,
    double AcceptedPerSecond,
    IReadOnlyDictionary<string, int> Errors,
    int NotSent,
    IReadOnlyDictionary<string, StageFigures> Stages,
    double QueuedPerSecond,
    double? AssignedPerSecond,
    int Lost,
    int AssignedTwice,
    double? BrokerMessagesPerSecond)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    /// <summary>Queued per second as a share of the raw broker's persistent, confirmed messages per second in the same run.</summary>
    public double? PipelineShareOfBroker => BrokerMessagesPerSecond is > 0 ? QueuedPerSecond / BrokerMessagesPerSecond : null;

    public static LoadReport Of(
        string profile, double rate, TimeSpan duration, int operators, LoadResults front, IReadOnlyList<Journey> journeys,
        DateTimeOffset start, double? brokerMessagesPerSecond)
    {
        var stages = new Dictionary<string, StageFigures>();
        void Stage(string name, Func<Journey, DateTimeOffset?> at)
        {
            var milliseconds = journeys.Select(j => at(j) - j.Appeal.Due).OfType<TimeSpan>().Select(t => t.TotalMilliseconds).Order().ToArray();
            if (milliseconds.Length > 0)
            {
                stages[name] = StageFigures.Of(milliseconds);
            }
        }

        Stage("accepted", j => j.Appeal.Answered);
        Stage("received", j => j.Received);
        Stage("categorized", j => j.Categorized);
        Stage("queued", j => j.Queued);
        Stage("offered", j => j.Offered);
        Stage("assigned", j => j.Assigned);

        double PerSecond(Func<Journey, DateTimeOffset?> at)
        {
            var times = journeys.Select(at).OfType<DateTimeOffset>().ToList();
            return times.Count == 0 ? 0 : times.Count / Math.Max(duration.TotalSeconds, (times.Max() - start).TotalSeconds);
        }

        return new LoadReport(
            profile, rate, duration.TotalSeconds, operators, front.Sent, front.Accepted.Count, front.Accepted.Count / duration.TotalSeconds,
            front.Errors, front.Dropped, stages, PerSecond(j => j.Queued), operators > 0 ? PerSecond(j => j.Assigned) : null,
            journeys.Count(j => j.Lost), journeys.Count(j => j.AssignedTwice), brokerMessagesPerSecond);
    }

    public string ToJson() => JsonSerializer.Serialize(this, Json);

    public async Task WriteAsync(TextWriter output)
    {
        await output.WriteLineAsync($"sent {Sent}, accepted {Accepted} = {AcceptedPerSecond:0} per second over {DurationSeconds:0}s ({Profile}, {Rate}/s)");
        await output.WriteLineAsync($"errors {Errors.Values.Sum()}{string.Concat(Errors.Select(e => $"  {e.Key}: {e.Value}"))}"
            + (NotSent > 0 ? $"; {NotSent} not sent (the client had too many appeals in flight)" : ""));
        await output.WriteLineAsync("ms since due     count      p50      p95      p99      max");
        foreach (var (name, figures) in Stages)
        {
            await output.WriteLineAsync($"{name,-12} {figures.Count,9} {figures.P50,8:0} {figures.P95,8:0} {figures.P99,8:0} {figures.Max,8:0}");
        }

        await output.WriteLineAsync($"completed end to end: {QueuedPerSecond:0} queued per second"
            + (AssignedPerSecond is { } assigned ? $", {assigned:0} assigned per second" : ""));
        if (BrokerMessagesPerSecond is { } broker)
        {
            await output.WriteLineAsync($"raw broker: {broker:0} persistent, confirmed messages per second; the pipeline queued {PipelineShareOfBroker:0.000} of that");
        }

        await output.WriteLineAsync($"lost {Lost}, assigned twice {AssignedTwice}");
    }
}

/// <summary>Milliseconds from when the appeals were due to when they passed a stage.</summary>
public sealed record StageFigures(int Count, double P50, double P95, double P99, double Max)
{
    public static StageFigures Of(double[] sorted) =>
        new(sorted.Length, Percentile(sorted, 0.50), Percentile(sorted, 0.95), Percentile(sorted, 0.99), sorted[^1]);

    private static double Percentile(double[] sorted, double share) => sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(share * sorted.Length) - 1)];
}
