using System.ComponentModel.DataAnnotations;
using Ukc.Contracts;

namespace Ukc.Reporting;

/// <summary>How Reporting counts, from the <c>Reporting</c> configuration section; the README defines each figure.</summary>
public sealed class ReportingOptions : IValidatableObject
{
    public const string Section = "Reporting";

    /// <summary>A citizen who leaves sooner than this after reaching the queue is a short abandon, left out of service level and abandonment.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "00:10:00")]
    public TimeSpan ShortAbandon { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>An appeal answered within this of reaching the queue counts toward the service level.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "01:00:00")]
    public TimeSpan ServiceLevelThreshold { get; set; } = TimeSpan.FromSeconds(20);

    /// <summary>The share of appeals the center aims to answer within <see cref="ServiceLevelThreshold"/>, as Staffing plans for.</summary>
    [Range(0.01, 1.0)]
    public double TargetServiceLevel { get; set; } = 0.8;

    /// <summary>The answer time each priority is held to in its own service level.</summary>
    public Dictionary<string, TimeSpan> Targets { get; set; } = new()
    {
        [Priorities.Critical] = TimeSpan.FromSeconds(10),
        [Priorities.High] = TimeSpan.FromSeconds(15),
        [Priorities.Normal] = TimeSpan.FromSeconds(20),
        [Priorities.Low] = TimeSpan.FromSeconds(60),
    };

    /// <summary>How long a citizen's name, phone and text stay in the history; the figures stay for good.</summary>
    [Range(typeof(TimeSpan), "1.00:00:00", "3650.00:00:00")]
    public TimeSpan PersonalDataRetention { get; set; } = TimeSpan.FromDays(365);

    /// <summary>The longest period one report may cover.</summary>
    [Range(1, 3660)]
    public int MaxPeriodDays { get; set; } = 400;

    public TimeSpan TargetOf(string? priority) =>
        priority is not null && Targets.TryGetValue(priority, out var target) ? target : ServiceLevelThreshold;

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        foreach (var (priority, target) in Targets)
        {
            if (!Priorities.All.Contains(priority))
            {
                yield return new ValidationResult($"'{priority}' is not a priority.", [nameof(Targets)]);
            }
            else if (target <= TimeSpan.Zero)
            {
                yield return new ValidationResult($"The target of '{priority}' must be above zero.", [nameof(Targets)]);
            }
        }
    }
}
