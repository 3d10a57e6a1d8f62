using Ukc.Categorization.Domain;
using Ukc.Contracts;

namespace Categorization.Tests;

public class CorpusTests
{
    [Fact]
    public void Held_out_appeals_are_none_of_the_training_appeals()
    {
        var training = AppealCorpus.Training.Select(appeal => appeal.Text).ToHashSet();

        Assert.DoesNotContain(AppealCorpus.HeldOut, appeal => training.Contains(appeal.Text));
    }

    [Fact]
    public void Every_appeal_has_known_labels_and_a_split()
    {
        Assert.True(AppealCorpus.All.Count >= 1500);
        Assert.All(AppealCorpus.All, appeal =>
        {
            Assert.Contains(appeal.Category, Categories.All);
            Assert.Contains(appeal.Priority, Priorities.All);
            Assert.Contains(appeal.Language, new[] { "uk", "ru", "en" });
            Assert.Contains(appeal.Split, new[] { LabeledAppeal.TrainSplit, LabeledAppeal.TestSplit });
        });
    }

    [Fact]
    public void Ids_are_unique()
    {
        Assert.Equal(AppealCorpus.All.Count, AppealCorpus.All.Select(appeal => appeal.Id).Distinct().Count());
    }
}
