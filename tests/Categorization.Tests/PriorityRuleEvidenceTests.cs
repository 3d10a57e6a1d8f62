using Ukc.Categorization.Domain;

namespace Categorization.Tests;

/// <summary>A priority rule is written from training appeals, never from held-out ones: each fires on two of them at least.</summary>
public class PriorityRuleEvidenceTests
{
    [Fact]
    public void Every_alternative_of_every_priority_rule_fires_on_at_least_two_training_appeals()
    {
        var training = AppealCorpus.Training.Select(appeal => AppealText.ForReading(appeal.Text)).ToList();

        var unsupported = PriorityRules.Alternatives
            .Where(alternative => training.Count(alternative.IsMatch) < 2)
            .Select(alternative => alternative.ToString())
            .ToList();

        Assert.True(unsupported.Count == 0, "fire on fewer than two training appeals:\n" + string.Join('\n', unsupported));
    }
}
