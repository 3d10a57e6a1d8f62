using Microsoft.ML;
using Microsoft.ML.Data;
using Microsoft.ML.Trainers;
using Ukc.Contracts;

namespace Ukc.Categorization.Domain;

/// <summary>
/// Reads an appeal: a category model and a priority model, multinomial logistic regressions that ML.NET trains on
/// the corpus at start-up; priority rules that can only raise urgency; distress from the wording; language from the
/// letters and words. Holds no mutable state, so it is safe to share between threads.
/// </summary>
public sealed class AppealClassifier
{
    /// <summary>
    /// Below this probability of its category an appeal is flagged for an operator to check. Chosen by 5-fold
    /// cross-validation on the training split: about one appeal in six is flagged, and the category of the others
    /// is right 96 times in 100.
    /// </summary>
    public const double DefaultReviewThreshold = 0.6;

    /// <summary>The model calls an appeal critical as soon as that is a likely reading, not only the likeliest: missing one costs most.</summary>
    private const float CriticalProbability = 0.3f;

    private const int CategoryHead = 0;
    private const int PriorityHead = 1;

    private readonly AppealFeatures features;
    private readonly LinearModel model;
    private readonly double reviewThreshold;

    private AppealClassifier(AppealFeatures features, LinearModel model, double reviewThreshold)
    {
        this.features = features;
        this.model = model;
        this.reviewThreshold = reviewThreshold;
    }

    /// <summary>Trains on the training split of the embedded corpus.</summary>
    public static AppealClassifier TrainOnCorpus(double reviewThreshold = DefaultReviewThreshold) =>
        Train(AppealCorpus.Training, reviewThreshold);

    /// <param name="seed">Fixes the learner's order of visits, so the same corpus gives the same model.</param>
    public static AppealClassifier Train(IReadOnlyList<LabeledAppeal> appeals, double reviewThreshold = DefaultReviewThreshold, int seed = 1)
    {
        var ml = new MLContext(seed);
        var (features, vectors) = AppealFeatures.Fit([.. appeals.Select(appeal => appeal.Text)]);
        // Each category weighs the same in total, so the largest (`other`) is not over-predicted (better in cross-validation).
        var perCategory = appeals.CountBy(appeal => appeal.Category).ToDictionary();
        var rows = appeals
            .Select((appeal, i) => new TrainingRow
            {
                Features = vectors[i],
                Category = appeal.Category,
                Priority = appeal.Priority,
                CategoryWeight = (float)appeals.Count / (perCategory.Count * perCategory[appeal.Category]),
            })
            .ToList();
        var data = ml.Data.Cache(ml.Data.LoadFromEnumerable(rows));
        var model = new LinearModel(
            TrainLinear(ml, data, nameof(TrainingRow.Category), nameof(TrainingRow.CategoryWeight)),
            // Every appeal weighs the same for priority: weighting the rarer priorities lowered critical precision in cross-validation.
            TrainLinear(ml, data, nameof(TrainingRow.Priority), exampleWeightColumn: null));
        return new AppealClassifier(features, model, reviewThreshold);
    }

    public Classification Classify(string text)
    {
        var lower = AppealText.ForReading(text);
        var probabilities = model.Probabilities(features.Extract(lower));
        var categories = probabilities[CategoryHead];
        var signals = PriorityRules.Read(lower);
        // Whatever else a suicidal caller writes about, the operator who answers must be one for psychological support.
        var best = signals.Suicidal ? model.IndexOf(CategoryHead, Categories.PsychologicalSupport) : ArgMax(categories);
        var category = model.Labels(CategoryHead)[best];
        var confidence = Math.Round(categories[best], 4);

        var priority = PriorityRules.Combine(ModelPriority(probabilities[PriorityHead]), signals);
        var distress = DistressReader.Read(text, lower, signals);
        var language = LanguageDetector.Detect(text);
        var skills = RequiredSkills.For(category, language, distress);
        return new Classification(category, priority, distress, language, skills, confidence, confidence < reviewThreshold);
    }

    private string ModelPriority(float[] probabilities)
    {
        var critical = model.IndexOf(PriorityHead, Priorities.Critical);
        return critical >= 0 && probabilities[critical] >= CriticalProbability
            ? Priorities.Critical
            : model.Labels(PriorityHead)[ArgMax(probabilities)];
    }

    private static (MaximumEntropyModelParameters, string[]) TrainLinear(MLContext ml, IDataView data, string labelColumn, string? exampleWeightColumn)
    {
        const string label = "Label";
        var pipeline = ml.Transforms.Conversion.MapValueToKey(label, labelColumn)
            .Append(ml.MulticlassClassification.Trainers.SdcaMaximumEntropy(new SdcaMaximumEntropyMulticlassTrainer.Options
            {
                LabelColumnName = label,
                FeatureColumnName = nameof(TrainingRow.Features),
                ExampleWeightColumnName = exampleWeightColumn,
                // ML.NET's defaults, inferred from the data, add an L1 term and regularise more: they read worse in
                // 5-fold cross-validation on the training split (CrossValidationTests), for both heads.
                L1Regularization = 0,
                L2Regularization = 3e-6f,
                // One thread: SDCA's threads race over the weights, and the same corpus must give the same model.
                NumberOfThreads = 1,
            }));
        var model = pipeline.Fit(data);
        VBuffer<ReadOnlyMemory<char>> keys = default;
        model.Transform(data).Schema[label].GetKeyValues(ref keys);
        var labels = keys.DenseValues().Select(key => key.ToString()).ToArray();
        return (model.LastTransformer.Model, labels);
    }

    private static int ArgMax(float[] values)
    {
        var best = 0;
        for (var i = 1; i < values.Length; i++)
        {
            if (values[i] > values[best])
            {
                best = i;
            }
        }

        return best;
    }

    private sealed class TrainingRow
    {
        [VectorType(AppealFeatures.Dimension)]
        public VBuffer<float> Features { get; set; }

        public string Category { get; set; } = Categories.Other;

        public string Priority { get; set; } = Priorities.Normal;

        public float CategoryWeight { get; set; } = 1;
    }
}
