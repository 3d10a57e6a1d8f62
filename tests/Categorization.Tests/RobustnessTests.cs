using CsCheck;
using Ukc.Categorization.Domain;
using Ukc.Contracts;

namespace Categorization.Tests;

/// <summary>Whatever a citizen, a broken phone or an attacker sends, the classifier answers with valid ids and never throws.</summary>
[Collection(TrainedClassifierCollection.Name)]
public class RobustnessTests(TrainedClassifier trained)
{
    private static readonly string[] Pieces =
    [
        "Допоможіть", "евакуація", "эвакуация", "help", "!!!", " ", "\n", "\t", "\0", "\u0007", "\u001b[31m", "😀", "🇺🇦", "👨‍👩‍👧",
        "שלום", "مرحبا", "\u202e", "\u200f", "\u200b", "\ufeff", "é", "e\u0301", "\ud800", "\udc00", "𝕳𝖊𝖑𝖕", "ї", "ё", "Ǆ",
        "漢字", "<script>", "'; DROP TABLE", "%s%n", "{\"text\":", "\\u0000", "ẞ", "İ", "ı",
    ];

    private static readonly Gen<string> MixedText = Gen.OneOf(
        Gen.String[0, 4000],
        Gen.Char[char.MinValue, char.MaxValue].Array[0, 4000].Select(chars => new string(chars)),
        Gen.OneOf(Pieces).Array[0, 600].Select(parts => string.Concat(parts)));

    [Fact]
    public void Random_unicode_always_gets_a_valid_classification()
    {
        MixedText.Sample(text =>
        {
            var result = trained.Classifier.Classify(text);
            Assert.Contains(result.Category, Categories.All);
            Assert.Contains(result.Priority, Priorities.All);
            Assert.InRange(result.Distress, 0, DistressReader.Max);
            Assert.Contains(result.Language, new[] { "uk", "ru", "en" });
            Assert.InRange(result.Confidence, 0, 1);
            Assert.Equal(result.Category, result.Skills[0]);
        }, iter: 400, threads: 2);
    }

    [Fact]
    public void A_4000_character_appeal_is_classified()
    {
        var text = string.Concat(Enumerable.Repeat("Нема світла і води вже тиждень, Харків. ", 100))[..AppealText.MaxLength];

        Assert.Equal(Categories.Utilities, trained.Classifier.Classify(text).Category);
    }

    [Fact]
    public void Many_threads_classify_at_once_and_agree()
    {
        const string text = "Потрібна евакуація з Краматорська, мама лежача";
        var expected = trained.Classifier.Classify(text);

        var results = new Classification[64];
        Parallel.For(0, results.Length, i => results[i] = trained.Classifier.Classify(text));

        Assert.All(results, result => Assert.Equal((expected.Category, expected.Priority, expected.Confidence), (result.Category, result.Priority, result.Confidence)));
    }
}
