using Ukc.Categorization.Domain;
using Ukc.Contracts;

namespace Categorization.Tests;

public class DistressAndSkillsTests
{
    [Fact]
    public void A_calm_question_has_no_distress()
    {
        Assert.Equal(0, DistressReader.Read("Підкажіть, будь ласка, графік роботи ЦНАПу у Львові"));
    }

    [Fact]
    public void Cries_for_help_fear_and_shouting_add_up()
    {
        Assert.Equal(3, DistressReader.Read("ДОПОМОЖІТЬ!!! Нам дуже страшно, вибухи поруч"));
    }

    [Fact]
    public void One_cry_for_help_is_level_one()
    {
        Assert.Equal(1, DistressReader.Read("Допоможіть знайти автобус до Львова"));
    }

    [Fact]
    public void A_suicidal_statement_is_the_highest_distress()
    {
        Assert.Equal(DistressReader.Max, DistressReader.Read("Не хочу больше жить"));
    }

    [Fact]
    public void Distress_two_asks_for_psychological_first_aid()
    {
        Assert.Equal([Categories.Evacuation, "uk", Skills.PsychologicalFirstAid], RequiredSkills.For(Categories.Evacuation, "uk", 2));
    }

    [Fact]
    public void Psychological_support_always_asks_for_first_aid()
    {
        Assert.Equal([Categories.PsychologicalSupport, "ru", Skills.PsychologicalFirstAid], RequiredSkills.For(Categories.PsychologicalSupport, "ru", 0));
    }

    [Fact]
    public void A_calm_appeal_needs_its_category_and_language()
    {
        Assert.Equal([Categories.Documents, "en"], RequiredSkills.For(Categories.Documents, "en", 1));
    }
}
