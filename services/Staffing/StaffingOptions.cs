using System.ComponentModel.DataAnnotations;

namespace Ukc.Staffing;

/// <summary>What the forecast plans for (configuration section <c>Staffing</c>).</summary>
public sealed class StaffingOptions
{
    public const string Section = "Staffing";

    [Range(1, 86_400)]
    public double AhtSeconds { get; set; } = 300;

    [Range(0.01, 0.99)]
    public double TargetServiceLevel { get; set; } = 0.8;

    [Range(0, 3_600)]
    public double AnswerSeconds { get; set; } = 20;

    /// <summary>How much the latest observation weighs in the exponential smoothing.</summary>
    [Range(0.01, 1)]
    public double SmoothingAlpha { get; set; } = 0.3;

    /// <summary>How many past weeks of the same weekday the forecast looks at.</summary>
    [Range(1, 52)]
    public int HistoryWeeks { get; set; } = 8;

    /// <summary>Shrinkage for an hour nobody is scheduled in: a 30-minute break in an 8-hour shift.</summary>
    [Range(0, 0.9)]
    public double DefaultShrinkage { get; set; } = 0.0625;
}
