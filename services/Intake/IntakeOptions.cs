using System.ComponentModel.DataAnnotations;

namespace Ukc.Intake;

/// <summary>What a center tunes of taking appeals in (configuration section <c>Intake</c>).</summary>
public sealed class IntakeOptions
{
    public const string Section = "Intake";

    /// <summary>How soon after a first appeal a near-identical one from the same phone counts as a repeat contact.</summary>
    [Range(typeof(TimeSpan), "00:01:00", "1.00:00:00", ErrorMessage = "Intake:RepeatContactWindow must be between 1 minute and 1 day.")]
    public TimeSpan RepeatContactWindow { get; set; } = TimeSpan.FromMinutes(30);
}
