using Ukc.Categorization.Domain;
using Ukc.Contracts;

namespace Categorization.Tests;

public class KeywordClassifierTests
{
    private readonly KeywordClassifier classifier = new();

    [Theory]
    [InlineData("Потрібна евакуація з Харкова, як виїхати потягом?", Categories.Evacuation)]
    [InlineData("Где получить гуманитарную помощь, нет еды", Categories.HumanitarianAid)]
    [InlineData("My passport was destroyed, how do I get a new document?", Categories.Documents)]
    [InlineData("Другий тиждень немає світла і води", Categories.Utilities)]
    public void Reads_the_category_in_each_language(string text, string category)
    {
        Assert.Equal(category, classifier.Classify(text).Category);
    }

    [Fact]
    public void A_wounded_person_is_critical()
    {
        Assert.Equal(Priorities.Critical, classifier.Classify("Сусід поранений після обстрілу, потрібен лікар").Priority);
    }

    [Fact]
    public void Text_with_no_known_words_is_other_and_needs_review()
    {
        var result = classifier.Classify("абвгд");

        Assert.Equal((Categories.Other, true), (result.Category, result.NeedsReview));
    }

    [Fact]
    public void Cries_for_help_raise_distress_and_ask_for_psychological_first_aid()
    {
        var result = classifier.Classify("Допоможіть!!! Рятуйте, страшно, евакуація");

        Assert.True(result.Distress >= 2);
        Assert.Equal([Categories.Evacuation, "uk", Skills.PsychologicalFirstAid], result.Skills);
    }
}
