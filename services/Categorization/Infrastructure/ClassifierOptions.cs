using Ukc.Categorization.Domain;

namespace Ukc.Categorization.Infrastructure;

public sealed class ClassifierOptions
{
    public const string Section = "Classifier";

    /// <summary>Below this confidence in its category an appeal is flagged <c>needsReview</c>.</summary>
    public double ReviewThreshold { get; set; } = AppealClassifier.DefaultReviewThreshold;
}
