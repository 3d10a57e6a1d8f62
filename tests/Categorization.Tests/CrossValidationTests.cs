using System.Globalization;
using Ukc.Categorization.Domain;
using Xunit.Abstractions;

namespace Categorization.Tests;

/// <summary>
/// Five-fold cross-validation on the training split, stratified by category with a fixed seed: the figure to tune the
/// classifier by, so that the held-out split is only read to confirm a change. Run it alone with
/// <c>dotnet test tests/Categorization.Tests --filter Category=CrossValidation</c>.
/// </summary>
/// <remarks>
/// Over all training appeals it reads higher than the held-out split: many were assembled from shared hand-written
/// pieces, and a piece seen in one fold helps to read another. Compare configurations by it, not with the held-out figure.
/// </remarks>
[Trait("Category", "CrossValidation")]
public class CrossValidationTests(ITestOutputHelper output)
{
    private const int Folds = 5;
    private const int Seed = 1;

    [Fact]
    public void Categories_reach_a_cross_validated_macro_F1_of_0_88()
    {
        var macroF1 = Report(FoldsOf(AppealCorpus.Training));
        Assert.True(macroF1 >= 0.88, $"cross-validated macro-F1 {macroF1:F3}");
    }

    /// <summary>
    /// The training appeals written in the writing styles the held-out split is written in, in five folds, each read by
    /// a model trained on every other training appeal: the figure closest to the held-out split's without reading it,
    /// also per style.
    /// </summary>
    [Fact]
    public void Appeals_in_every_writing_style_reach_a_cross_validated_macro_F1_of_0_80()
    {
        var training = AppealCorpus.Training;
        var macroF1 = Report(FoldsOf([.. training.Where(appeal => appeal.Style is not null)])
            .Select(fold => (Training: training.Except(fold.Validation).ToList(), fold.Validation)));
        Assert.True(macroF1 >= 0.80, $"styled cross-validated macro-F1 {macroF1:F3}");
    }

    private double Report(IEnumerable<(List<LabeledAppeal> Training, List<LabeledAppeal> Validation)> folds)
    {
        var reports = folds
            .Select(fold => new QualityReport(AppealClassifier.Train(fold.Training), fold.Validation))
            .ToList();
        var macroF1 = reports.Average(report => report.MacroF1);
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{Folds}-fold macro-F1 {macroF1:F3} (folds {string.Join(", ", reports.Select(report => report.MacroF1.ToString("F3", CultureInfo.InvariantCulture)))}); " +
            $"critical recall {reports.Average(report => report.CriticalRecall):F3}, precision {reports.Average(report => report.CriticalPrecision):F3}; " +
            $"needsReview {reports.Sum(report => report.ForReview)} of {reports.Sum(report => report.Count)}, category right for " +
            $"{reports.Average(report => report.AccuracyForReview):P0} of them and {reports.Average(report => report.AccuracyConfident):P0} of the others"));
        foreach (var category in reports[0].F1.Keys)
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{category}: F1 {reports.Average(report => report.F1[category]):F3}"));
        }

        foreach (var style in reports[0].MacroF1ByStyle.Keys)
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"style {style}: macro-F1 {reports.Average(report => report.MacroF1ByStyle[style]):F3}"));
        }

        return macroF1;
    }

    /// <summary>Each category's appeals shuffled with a fixed seed and dealt to the folds in turn.</summary>
    private static IEnumerable<(List<LabeledAppeal> Training, List<LabeledAppeal> Validation)> FoldsOf(IReadOnlyList<LabeledAppeal> appeals)
    {
        var random = new Random(Seed);
        var foldOf = new Dictionary<LabeledAppeal, int>();
        foreach (var category in appeals.GroupBy(appeal => appeal.Category))
        {
            var shuffled = category.OrderBy(_ => random.Next()).ToList();
            for (var i = 0; i < shuffled.Count; i++)
            {
                foldOf[shuffled[i]] = i % Folds;
            }
        }

        for (var fold = 0; fold < Folds; fold++)
        {
            yield return ([.. appeals.Where(appeal => foldOf[appeal] != fold)], [.. appeals.Where(appeal => foldOf[appeal] == fold)]);
        }
    }
}
