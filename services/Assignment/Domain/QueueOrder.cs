using Ukc.Contracts;

namespace Ukc.Assignment.Domain;

/// <summary>
/// Where an appeal stands in its queue: critical before high before normal before low,
/// and within a priority the one that arrived first.
/// </summary>
public static class QueueOrder
{
    // Wider than any arrival time in milliseconds, so priority always outweighs arrival.
    private const double PriorityBand = 1e13;

    public static double Score(string priority, DateTimeOffset receivedAt) =>
        PriorityRank(priority) * PriorityBand + receivedAt.ToUnixTimeMilliseconds();

    public static int PriorityRank(string priority) => priority switch
    {
        Priorities.Critical => 0,
        Priorities.High => 1,
        Priorities.Normal => 2,
        Priorities.Low => 3,
        _ => throw new ArgumentOutOfRangeException(nameof(priority), priority, "Unknown priority."),
    };

    /// <summary>The name of the queue of appeals that need exactly these skills.</summary>
    public static string QueueName(IEnumerable<string> skills) =>
        string.Join('+', skills.Distinct().Order(StringComparer.Ordinal));
}
