using System.ComponentModel.DataAnnotations;
using Ukc.Categorization.Domain;

namespace Ukc.Categorization;

/// <summary>How the classifier flags its doubts (configuration section <c>Classifier</c>).</summary>
public sealed class CategorizationOptions
{
    public const string Section = "Classifier";

    /// <summary>Below this confidence in its category an appeal is flagged <c>needsReview</c>.</summary>
    [Range(0.0, 1.0, MinimumIsExclusive = true, MaximumIsExclusive = true, ErrorMessage = "Classifier:ReviewThreshold must be between 0 and 1.")]
    public double ReviewThreshold { get; set; } = AppealClassifier.DefaultReviewThreshold;
}
