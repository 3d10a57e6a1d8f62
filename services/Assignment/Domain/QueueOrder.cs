using Ukc.Contracts;

namespace Ukc.Assignment.Domain;

/// <summary>
/// Where an appeal stands in its queue: critical before high before normal before low, older before
/// newer within a priority, and aging: each priority level below critical counts as one
/// <c>agingStep</c> of waiting. An appeal therefore waits behind newer, more urgent appeals for at
/// most its level times the step; after that, everything that arrives goes behind it.
/// </summary>
public static class QueueOrder
{
    public static double Score(string priority, DateTimeOffset receivedAt, TimeSpan agingStep) =>
        receivedAt.ToUnixTimeMilliseconds() + PriorityRank(priority) * agingStep.TotalMilliseconds;

    /// <summary>How long an appeal of this priority can be overtaken by more urgent ones that came after it.</summary>
    public static TimeSpan StarvationBound(string priority, TimeSpan agingStep) => PriorityRank(priority) * agingStep;

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

    public static IReadOnlyList<string> SkillsOf(string queueName) => queueName.Split('+');
}
