using Ukc.Intake.Domain;

namespace Intake.Tests;

public class RepeatContactTests
{
    [Theory]
    [InlineData("Потрібна евакуація з Харкова, мама лежача", "потрібна евакуація з харкова мама лежача!!")]
    [InlineData("Немає ліків для мами, допоможіть", "Допоможіть, немає ліків для мами")]
    public void The_same_words_in_another_case_punctuation_or_order_are_a_repeat(string first, string second)
    {
        Assert.True(RepeatContact.IsNearIdentical(first, second));
    }

    [Theory]
    [InlineData("Потрібна евакуація з Харкова", "Коли будуть виплати ВПО за березень?")]
    [InlineData("Потрібна евакуація з Харкова, мама лежача", "Потрібна евакуація з Сум, тато на візку")]
    [InlineData("", "")]
    public void A_different_appeal_is_not_a_repeat(string first, string second)
    {
        Assert.False(RepeatContact.IsNearIdentical(first, second));
    }
}
