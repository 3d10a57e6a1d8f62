using Microsoft.ML;
using Microsoft.ML.Data;
using Microsoft.ML.Trainers;
using Ukc.Contracts;

namespace Ukc.Categorization.Domain;

/// <summary>
/// Reads an appeal: a category model and a priority model trained on the corpus at start-up, priority rules that
/// can only raise urgency, distress from the wording, language from the letters and words. Thread-safe.
/// </summary>
public sealed class AppealClassifier
{
    /// <summary>Below this probability of its category an appeal is flagged for an operator to check.</summary>
    public const double DefaultReviewThreshold = 0.45;

    private readonly TextFeaturizer featurizer;
    private readonly LinearModel categoryModel;
    private readonly LinearModel priorityModel;
    private readonly double reviewThreshold;

    private AppealClassifier(TextFeaturizer featurizer, LinearModel categoryModel, LinearModel priorityModel, double reviewThreshold)
    {
        this.featurizer = featurizer;
        this.categoryModel = categoryModel;
        this.priorityModel = priorityModel;
        this.reviewThreshold = reviewThreshold;
    }

    /// <summary>Trains on the training split of the embedded corpus.</summary>
    public static AppealClassifier TrainOnCorpus(double reviewThreshold = DefaultReviewThreshold) =>
        Train(AppealCorpus.Training, reviewThreshold);

    /// <param name="seed">Fixes the learner's order of visits, so the same corpus gives the same model.</param>
    public static AppealClassifier Train(IReadOnlyList<LabeledAppeal> appeals, double reviewThreshold = DefaultReviewThreshold, int seed = 1)
    {
        var ml = new MLContext(seed);
        var rows = appeals.Select(appeal =>
        {
            var row = new TrainingRow { Category = appeal.Category, Priority = appeal.Priority };
            row.Fill(appeal.Text);
            return row;
        });
        var (featurizer, features) = TextFeaturizer.Fit(ml, rows.ToList());
        features = ml.Data.Cache(features);
        var categoryModel = TrainLinear(ml, features, nameof(TrainingRow.Category));
        var priorityModel = TrainLinear(ml, features, nameof(TrainingRow.Priority));
        return new AppealClassifier(featurizer, categoryModel, priorityModel, reviewThreshold);
    }

    public Classification Classify(string text)
    {
        var (categories, priorities) = featurizer.Featurize(text, features => (categoryModel.Probabilities(features), priorityModel.Probabilities(features)));
        var best = ArgMax(categories);
        var category = categoryModel.Labels[best];
        var confidence = Math.Round(categories[best], 4);
        var modelPriority = ModelPriority(priorities);
        var priority = PriorityRules.Combine(modelPriority, text);
        var distress = DistressReader.Read(text);
        var language = LanguageDetector.Detect(text);
        var skills = RequiredSkills.For(category, language, distress);
        return new Classification(category, priority, distress, language, skills, confidence, confidence < reviewThreshold);
    }

    private static LinearModel TrainLinear(MLContext ml, IDataView features, string labelColumn)
    {
        const string label = "Label";
        var pipeline = ml.Transforms.Conversion.MapValueToKey(label, labelColumn)
            .Append(ml.MulticlassClassification.Trainers.SdcaMaximumEntropy(new SdcaMaximumEntropyMulticlassTrainer.Options
            {
                LabelColumnName = label,
                FeatureColumnName = TextFeaturizer.FeatureColumn,
            }));
        var model = pipeline.Fit(features);
        VBuffer<ReadOnlyMemory<char>> keys = default;
        model.Transform(features).Schema[label].GetKeyValues(ref keys);
        var labels = keys.DenseValues().Select(key => key.ToString()).ToArray();
        return new LinearModel(model.LastTransformer.Model, labels);
    }

    /// <summary>Critical as soon as it is a likely reading, not only the likeliest: missing one costs most.</summary>
    private string ModelPriority(float[] probabilities)
    {
        var critical = priorityModel.IndexOf(Priorities.Critical);
        return critical >= 0 && probabilities[critical] >= CriticalProbability
            ? Priorities.Critical
            : priorityModel.Labels[ArgMax(probabilities)];
    }

    private const float CriticalProbability = 0.3f;

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

    private sealed class TrainingRow : TextFeaturizer.TextRow
    {
        public string Category { get; set; } = Categories.Other;

        public string Priority { get; set; } = Priorities.Normal;
    }
}
