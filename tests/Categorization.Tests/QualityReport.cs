using System.Globalization;
using System.Text;
using Ukc.Categorization.Domain;
using Ukc.Contracts;

namespace Categorization.Tests;

/// <summary>The classifier's figures on a set of labeled appeals: per-category F1, the confusion matrix, critical recall and precision.</summary>
public sealed class QualityReport
{
    private readonly int[,] confusion = new int[Categories.All.Count, Categories.All.Count];

    public QualityReport(AppealClassifier classifier, IReadOnlyList<LabeledAppeal> appeals)
    {
        int criticalFound = 0, criticalFlagged = 0, criticalActual = 0, languageRight = 0, forReview = 0, rightForReview = 0, rightConfident = 0;
        foreach (var appeal in appeals)
        {
            var result = classifier.Classify(appeal.Text);
            confusion[Index(appeal.Category), Index(result.Category)]++;
            var actual = appeal.Priority == Priorities.Critical;
            var flagged = result.Priority == Priorities.Critical;
            criticalActual += actual ? 1 : 0;
            criticalFlagged += flagged ? 1 : 0;
            criticalFound += actual && flagged ? 1 : 0;
            languageRight += appeal.Language == result.Language ? 1 : 0;
            var right = appeal.Category == result.Category ? 1 : 0;
            forReview += result.NeedsReview ? 1 : 0;
            rightForReview += result.NeedsReview ? right : 0;
            rightConfident += result.NeedsReview ? 0 : right;
        }

        ForReview = forReview;
        AccuracyForReview = forReview == 0 ? 0 : (double)rightForReview / forReview;
        AccuracyConfident = appeals.Count == forReview ? 0 : (double)rightConfident / (appeals.Count - forReview);

        Count = appeals.Count;
        CriticalRecall = (double)criticalFound / criticalActual;
        CriticalPrecision = criticalFlagged == 0 ? 0 : (double)criticalFound / criticalFlagged;
        LanguageAccuracy = (double)languageRight / appeals.Count;
        F1 = Categories.All.ToDictionary(category => category, category => F1Of(Index(category)));
        // Over the categories the appeals hold or were read as: a subset of one writing style may lack some.
        MacroF1 = Categories.All.Where(Occurs).Average(category => F1[category]);
        MacroF1ByStyle = appeals.All(a => a.Style is not null) && appeals.Select(a => a.Style).Distinct().Count() > 1
            ? LabeledAppeal.Styles.Where(style => appeals.Any(a => a.Style == style))
                .ToDictionary(style => style, style => new QualityReport(classifier, [.. appeals.Where(a => a.Style == style)]).MacroF1)
            : new Dictionary<string, double>();
    }

    public int Count { get; }

    public double MacroF1 { get; }

    public IReadOnlyDictionary<string, double> F1 { get; }

    /// <summary>Macro-F1 over the appeals of each writing style, where every appeal has one.</summary>
    public IReadOnlyDictionary<string, double> MacroF1ByStyle { get; }

    public double CriticalRecall { get; }

    public double CriticalPrecision { get; }

    public double LanguageAccuracy { get; }

    /// <summary>How many appeals were flagged <c>needsReview</c>, and how often the category was right with and without the flag.</summary>
    public int ForReview { get; }

    public double AccuracyForReview { get; }

    public double AccuracyConfident { get; }

    public string ToMarkdown()
    {
        var text = new StringBuilder();
        var n = Categories.All.Count;
        text.AppendLine(CultureInfo.InvariantCulture, $"Appeals: {Count}; macro-F1 {MacroF1:F3}; critical recall {CriticalRecall:F3}, precision {CriticalPrecision:F3}; language accuracy {LanguageAccuracy:F3}");
        text.AppendLine(CultureInfo.InvariantCulture, $"needsReview: {ForReview} flagged, category right for {AccuracyForReview:P0} of them and for {AccuracyConfident:P0} of the others");
        if (MacroF1ByStyle.Count > 0)
        {
            text.AppendLine("macro-F1 by writing style: " + string.Join(", ", MacroF1ByStyle.Select(s => string.Create(CultureInfo.InvariantCulture, $"{s.Key} {s.Value:F3}"))));
        }

        text.AppendLine();
        text.AppendLine("| actual \\ predicted | " + string.Join(" | ", Categories.All.Select(Short)) + " | F1 |");
        text.AppendLine("|---|" + string.Concat(Enumerable.Repeat("---|", n + 1)));
        for (var actual = 0; actual < n; actual++)
        {
            var cells = Enumerable.Range(0, n).Select(predicted => confusion[actual, predicted].ToString(CultureInfo.InvariantCulture));
            text.AppendLine(CultureInfo.InvariantCulture, $"| {Categories.All[actual]} | {string.Join(" | ", cells)} | {F1[Categories.All[actual]]:F3} |");
        }

        return text.ToString();
    }

    private bool Occurs(string category) =>
        Enumerable.Range(0, Categories.All.Count).Any(other => confusion[Index(category), other] + confusion[other, Index(category)] > 0);

    private double F1Of(int category)
    {
        var n = Categories.All.Count;
        var truePositives = confusion[category, category];
        var predicted = Enumerable.Range(0, n).Sum(actual => confusion[actual, category]);
        var actualCount = Enumerable.Range(0, n).Sum(predictedIndex => confusion[category, predictedIndex]);
        return truePositives == 0 ? 0 : 2.0 * truePositives / (predicted + actualCount);
    }

    private static int Index(string category) => Categories.All.ToList().IndexOf(category) is var index and >= 0
        ? index
        : throw new ArgumentException($"'{category}' is not a category id.", nameof(category));

    private static string Short(string category) => category.Length <= 8 ? category : category[..8];
}
