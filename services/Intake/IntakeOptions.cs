using System.ComponentModel.DataAnnotations;

namespace Ukc.Intake;

/// <summary>What a center tunes of taking appeals in (configuration section <c>Intake</c>).</summary>
public sealed class IntakeOptions
{
    public const string Section = "Intake";

    /// <summary>How soon after a first appeal a near-identical one from the same phone counts as a repeat contact.</summary>
    [Range(typeof(TimeSpan), "00:01:00", "1.00:00:00", ErrorMessage = "Intake:RepeatContactWindow must be between 1 minute and 1 day.")]
    public TimeSpan RepeatContactWindow { get; set; } = TimeSpan.FromMinutes(30);

    /// <summary>
    /// How long a resolved or abandoned appeal stays in Intake's Redis after it closed; then it moves to Reporting's
    /// archive and <c>GET /api/appeals/{id}</c> answers 410 with a link there. At least a day, so that a retried
    /// request within its Idempotency-Key's 24 hours still finds its appeal.
    /// </summary>
    [Range(typeof(TimeSpan), "1.00:00:00", "366.00:00:00", ErrorMessage = "Intake:LiveRetention must be between 1 day and 366 days.")]
    public TimeSpan LiveRetention { get; set; } = TimeSpan.FromDays(7);

    /// <summary>Appeals one phone number may file from the web form, the chat or a callback request per <see cref="AppealsPerPhoneWindow"/>.</summary>
    [Range(1, 10_000, ErrorMessage = "Intake:AppealsPerPhone must be between 1 and 10000.")]
    public int AppealsPerPhone { get; set; } = 5;

    [Range(typeof(TimeSpan), "00:00:01", "1.00:00:00", ErrorMessage = "Intake:AppealsPerPhoneWindow must be between 1 second and 1 day.")]
    public TimeSpan AppealsPerPhoneWindow { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>How often appeals closed longer than <see cref="LiveRetention"/> ago are looked for and archived.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "1.00:00:00", ErrorMessage = "Intake:ArchiveInterval must be between 1 second and 1 day.")]
    public TimeSpan ArchiveInterval { get; set; } = TimeSpan.FromMinutes(5);
}
